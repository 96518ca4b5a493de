import { Badge } from '@mantine/core';
import type { Account } from '../../../api/types';

export function StatusBadge({ status }: { status: Account['status'] }) {
  return status === 'active' ? (
    <Badge color="green" variant="light">
      Active
    </Badge>
  ) : (
    <Badge color="gray" variant="filled">
      Disabled
    </Badge>
  );
}
