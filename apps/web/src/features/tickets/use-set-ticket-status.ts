import { api, dataOf } from '../../api/client';
import type { Ticket } from '../../api/types';
import { useTicketMutation } from './use-ticket-mutation';

/** POST /tickets/:id/close or /reopen (ticket_close). */
export function useSetTicketStatus(ticket: Pick<Ticket, 'id' | 'number'>) {
  return useTicketMutation({
    run: (to: 'close' | 'reopen') =>
      to === 'close'
        ? dataOf(api.POST('/api/tickets/{id}/close', { params: { path: { id: ticket.id } } }))
        : dataOf(api.POST('/api/tickets/{id}/reopen', { params: { path: { id: ticket.id } } })),
    success: (_, to) => (to === 'close' ? `${ticket.number} is closed` : `${ticket.number} is open again`),
    failure: 'Could not change the ticket’s status',
  });
}
