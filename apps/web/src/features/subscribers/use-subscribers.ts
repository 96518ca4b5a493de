import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { ListPage, Subscriber } from '../../api/types';
import { subscriberKeys } from './subscriber-keys';

export const SUBSCRIBERS_PAGE_SIZE = 50;

/** The fields GET /subscribers sorts by (`?sort=name`, `-name` descending); none is newest first. */
export const SUBSCRIBER_SORTS = ['createdAt', 'name', 'username', 'status', 'expiresAt'] as const;

export interface SubscriberFilters {
  q: string;
  status: string | null;
  ownerId: string | null;
  sort: string | null;
  cursor: string | null;
}

/** One keyset page of the subscribers in scope, with how many match. */
export function useSubscribers(filters: SubscriberFilters) {
  return useQuery({
    queryKey: subscriberKeys.list(filters),
    queryFn: () =>
      api.get<ListPage<Subscriber>>(
        `/subscribers${query({ q: filters.q.trim(), status: filters.status, ownerId: filters.ownerId, sort: filters.sort, cursor: filters.cursor, limit: SUBSCRIBERS_PAGE_SIZE })}`,
      ),
    // While the next search or page loads, the table keeps showing the last one instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}
