import { Badge } from '@mantine/core';
import { TICKET_PRIORITIES, TICKET_PRIORITY_LABELS, TICKET_STATUS_LABELS, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '@tiergate/access';

const STATUS_COLORS: Record<TicketStatus, string> = { open: 'blue', pending: 'yellow', closed: 'gray' };
const PRIORITY_COLORS: Record<TicketPriority, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };

/** The statuses and priorities in words (libs/access), as the filters and the Priority menu offer them. */
export const STATUS_OPTIONS = TICKET_STATUSES.map((value) => ({ value, label: TICKET_STATUS_LABELS[value] }));
export const PRIORITY_OPTIONS = TICKET_PRIORITIES.map((value) => ({ value, label: TICKET_PRIORITY_LABELS[value] }));

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status] ?? 'gray'} tt="none">
      {TICKET_STATUS_LABELS[status] ?? status}
    </Badge>
  );
}

/** Urgent stands out filled; the others are outlined. */
export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  return (
    <Badge variant={priority === 'urgent' ? 'filled' : 'outline'} color={PRIORITY_COLORS[priority] ?? 'gray'} tt="none">
      {TICKET_PRIORITY_LABELS[priority] ?? priority}
    </Badge>
  );
}
