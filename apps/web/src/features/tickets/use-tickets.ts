import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { oneOf, sortOf, type SortFieldOf } from '../../api/list-query';
import { ticketKeys } from '../../components/query-keys';
import { TICKET_PRIORITIES, TICKET_STATUSES } from '@tiergate/access';

export const TICKETS_PAGE_SIZE = 50;

/** The fields GET /tickets sorts by; none is newest first. */
export const TICKET_SORTS = ['createdAt', 'updatedAt'] as const satisfies SortFieldOf<'TicketsController_list'>[];

export interface TicketFilters {
  status: string | null;
  priority: string | null;
  assigneeId: number | null;
  subscriberId: number | null;
  q: string;
  sort: string | null;
  cursor: string | null;
}

/** The query GET /tickets and its counts take for these filters (a stale URL's value is left out, not refused). */
export function ticketQuery(filters: Omit<TicketFilters, 'sort' | 'cursor'>) {
  return {
    status: oneOf(filters.status, TICKET_STATUSES),
    priority: oneOf(filters.priority, TICKET_PRIORITIES),
    assigneeId: filters.assigneeId ?? undefined,
    subscriberId: filters.subscriberId ?? undefined,
    q: filters.q.trim() || undefined,
  };
}

/** GET /tickets: one keyset page of the tickets in scope (R10), newest first or sorted, with how many match. */
export function useTickets(filters: TicketFilters, enabled = true) {
  return useQuery({
    queryKey: ticketKeys.list(filters),
    queryFn: () =>
      dataOf(
        api.GET('/api/tickets', {
          params: {
            query: { ...ticketQuery(filters), sort: sortOf(filters.sort, TICKET_SORTS), cursor: filters.cursor ?? undefined, limit: TICKETS_PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
