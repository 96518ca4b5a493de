import { Badge } from '@mantine/core';
import type { Subscriber } from '../../api/types';

const COLORS: Record<Subscriber['status'], string> = { active: 'green', suspended: 'orange', expired: 'red' };
const LABELS: Record<Subscriber['status'], string> = { active: 'Active', suspended: 'Suspended', expired: 'Expired' };

export function SubscriberStatusBadge({ status }: { status: Subscriber['status'] }) {
  return (
    <Badge color={COLORS[status]} variant="light">
      {LABELS[status]}
    </Badge>
  );
}

export const STATUS_OPTIONS = (Object.keys(LABELS) as Subscriber['status'][]).map((value) => ({ value, label: LABELS[value] }));
