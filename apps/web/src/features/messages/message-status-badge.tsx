import { Badge } from '@mantine/core';
import type { MessageStatus } from '../../api/types';

const COLORS: Record<MessageStatus, string> = { queued: 'gray', sent: 'green', failed: 'red' };
const LABELS: Record<MessageStatus, string> = { queued: 'Queued', sent: 'Sent', failed: 'Failed' };

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light">
      {LABELS[status]}
    </Badge>
  );
}

export const MESSAGE_STATUS_OPTIONS = (Object.keys(LABELS) as MessageStatus[]).map((value) => ({ value, label: LABELS[value] }));
