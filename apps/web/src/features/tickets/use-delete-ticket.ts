import { api, dataOf } from '../../api/client';
import type { Ticket } from '../../api/types';
import { useTicketMutation } from './use-ticket-mutation';

/** DELETE /tickets/:id (delete_ticket). */
export function useDeleteTicket(ticket: Pick<Ticket, 'id' | 'number'>, onSuccess: () => void) {
  return useTicketMutation({
    run: () => dataOf(api.DELETE('/api/tickets/{id}', { params: { path: { id: ticket.id } } })),
    success: () => `${ticket.number} is deleted`,
    failure: 'Could not delete the ticket',
    onSuccess,
  });
}
