import { api, dataOf } from '../../api/client';
import type { Ticket, TicketChanges } from '../../api/types';
import { useTicketMutation } from './use-ticket-mutation';
import { TICKET_PRIORITY_LABELS } from '@tiergate/access';

/** PATCH /tickets/:id: its priority (ticket_priority) or its assignee (ticket_assign; null unassigns). */
export function useUpdateTicket(ticket: Pick<Ticket, 'id' | 'number'>, onSuccess?: () => void) {
  return useTicketMutation({
    run: (changes: TicketChanges) => dataOf(api.PATCH('/api/tickets/{id}', { params: { path: { id: ticket.id } }, body: changes })),
    success: (_, changes) =>
      changes.priority
        ? `${ticket.number} is now ${TICKET_PRIORITY_LABELS[changes.priority].toLowerCase()} priority`
        : changes.assigneeId === null
          ? `${ticket.number} is unassigned`
          : `${ticket.number} is assigned`,
    failure: 'Could not change the ticket',
    onSuccess,
  });
}
