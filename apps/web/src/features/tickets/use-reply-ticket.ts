import { api, dataOf } from '../../api/client';
import { useTicketMutation } from './use-ticket-mutation';

/** POST /tickets/:id/replies (ticket_reply). */
export function useReplyTicket(ticketId: number, onSuccess: () => void) {
  return useTicketMutation({
    run: (body: string) => dataOf(api.POST('/api/tickets/{id}/replies', { params: { path: { id: ticketId } }, body: { body } })),
    success: () => 'Reply sent',
    failure: 'Could not send the reply',
    onSuccess,
  });
}
