import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { oneOf, sortOf, type SortFieldOf } from '../../api/list-query';
import type { Subscriber } from '../../api/types';
import { subscriberKeys } from './subscriber-keys';

export const SUBSCRIBERS_PAGE_SIZE = 50;

/** The fields GET /subscribers sorts by (`?sort=name`, `-name` descending); none is newest first. */
export const SUBSCRIBER_SORTS = ['createdAt', 'name', 'username', 'status', 'expiresAt'] as const satisfies SortFieldOf<'SubscribersController_list'>[];
const STATUSES = ['active', 'suspended', 'expired'] as const satisfies Subscriber['status'][];

export interface SubscriberFilters {
  q: string;
  status: string | null;
  ownerId: number | null;
  sort: string | null;
  cursor: string | null;
}

/** One keyset page of the subscribers in scope, with how many match. */
export function useSubscribers(filters: SubscriberFilters) {
  return useQuery({
    queryKey: subscriberKeys.list(filters),
    queryFn: () =>
      dataOf(
        api.GET('/api/subscribers', {
          params: {
            query: {
              q: filters.q.trim() || undefined,
              status: oneOf(filters.status, STATUSES),
              ownerId: filters.ownerId ?? undefined,
              sort: sortOf(filters.sort, SUBSCRIBER_SORTS),
              cursor: filters.cursor ?? undefined,
              limit: SUBSCRIBERS_PAGE_SIZE,
            },
          },
        }),
      ),
    // While the next search or page loads, the table keeps showing the last one instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}
