import { Badge } from '@mantine/core';
import type { TicketPriority, TicketStatus } from '../../api/types';

/** Status and priority as words and colours; the lists below are also the filters' and the menus' choices. */
export const TICKET_STATUSES = [
  { value: 'open', label: 'Open', color: 'blue' },
  { value: 'pending', label: 'Pending', color: 'yellow' },
  { value: 'closed', label: 'Closed', color: 'gray' },
] as const satisfies readonly { value: TicketStatus; label: string; color: string }[];

export const TICKET_PRIORITIES = [
  { value: 'low', label: 'Low', color: 'gray' },
  { value: 'normal', label: 'Normal', color: 'blue' },
  { value: 'high', label: 'High', color: 'orange' },
  { value: 'urgent', label: 'Urgent', color: 'red' },
] as const satisfies readonly { value: TicketPriority; label: string; color: string }[];

export const statusLabel = (status: TicketStatus) => TICKET_STATUSES.find((s) => s.value === status)?.label ?? status;
export const priorityLabel = (priority: TicketPriority) => TICKET_PRIORITIES.find((p) => p.value === priority)?.label ?? priority;

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const look = TICKET_STATUSES.find((s) => s.value === status);
  return (
    <Badge variant="light" color={look?.color ?? 'gray'} tt="none">
      {look?.label ?? status}
    </Badge>
  );
}

export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  const look = TICKET_PRIORITIES.find((p) => p.value === priority);
  return (
    <Badge variant={priority === 'urgent' ? 'filled' : 'outline'} color={look?.color ?? 'gray'} tt="none">
      {look?.label ?? priority}
    </Badge>
  );
}
