import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { CursorPage, Subscriber } from '../../api/types';
import { subscriberKeys } from './subscriber-keys';

export const SUBSCRIBERS_PAGE_SIZE = 50;

export interface SubscriberFilters {
  q: string;
  status: string | null;
  ownerId: string | null;
  cursor: string | null;
}

/** One keyset page of the subscribers in scope (no total: it stays fast at a million rows). */
export function useSubscribers(filters: SubscriberFilters) {
  return useQuery({
    queryKey: subscriberKeys.list(filters),
    queryFn: () =>
      api.get<CursorPage<Subscriber>>(
        `/subscribers${query({ q: filters.q.trim(), status: filters.status, ownerId: filters.ownerId, cursor: filters.cursor, limit: SUBSCRIBERS_PAGE_SIZE })}`,
      ),
    // While the next search or page loads, the table keeps showing the last one instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}
