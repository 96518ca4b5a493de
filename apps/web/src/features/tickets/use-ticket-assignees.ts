import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { ticketKeys } from '../../components/query-keys';

/** The accounts a ticket may be assigned to: those that can see its subscriber (ticket_assign). */
export function useTicketAssignees(ticketId: number, enabled: boolean) {
  return useQuery({
    queryKey: ticketKeys.assignees(ticketId),
    queryFn: () => dataOf(api.GET('/api/tickets/{id}/assignees', { params: { path: { id: ticketId } } })),
    enabled,
  });
}
