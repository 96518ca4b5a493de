import { api, dataOf } from '../../api/client';
import type { NewTicket } from '../../api/types';
import { useTicketMutation } from './use-ticket-mutation';

/** POST /subscribers/:id/tickets (add_ticket). */
export function useCreateTicket(onSuccess: (ticket: { id: number }) => void) {
  return useTicketMutation({
    run: ({ subscriberId, ...body }: NewTicket & { subscriberId: number }) =>
      dataOf(api.POST('/api/subscribers/{id}/tickets', { params: { path: { id: subscriberId } }, body })),
    success: (ticket) => `Ticket ${ticket.number} is open`,
    failure: 'Could not open the ticket',
    onSuccess,
  });
}
