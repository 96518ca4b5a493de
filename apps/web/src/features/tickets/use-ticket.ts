import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { ticketKeys } from '../../components/query-keys';

/** GET /tickets/:id: the ticket with its thread (oldest first), names included. */
export function useTicket(id: number) {
  return useQuery({
    queryKey: ticketKeys.detail(id),
    queryFn: () => dataOf(api.GET('/api/tickets/{id}', { params: { path: { id } } })),
    enabled: Number.isSafeInteger(id),
  });
}
