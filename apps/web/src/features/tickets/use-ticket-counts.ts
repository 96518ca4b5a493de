import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { ticketKeys } from '../../components/query-keys';
import { ticketQuery, type TicketFilters } from './use-tickets';

/** How many tickets in scope have each status under the other filters (the Status choices show them). */
export function useTicketCounts(filters: Omit<TicketFilters, 'status' | 'sort' | 'cursor'>) {
  const { status: _status, ...query } = ticketQuery({ ...filters, status: null });
  return useQuery({
    queryKey: ticketKeys.counts(filters),
    queryFn: () => dataOf(api.GET('/api/tickets/counts', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
