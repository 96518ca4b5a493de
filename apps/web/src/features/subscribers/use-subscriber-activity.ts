import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { subscriberKeys } from './subscriber-keys';

/** The subscriber's action-log entries, newest first, a keyset page at a time. */
export function useSubscriberActivity(id: number) {
  return useInfiniteQuery({
    queryKey: subscriberKeys.activity(id),
    queryFn: ({ pageParam }) =>
      dataOf(api.GET('/api/subscribers/{id}/activity', { params: { path: { id }, query: { cursor: pageParam ?? undefined, limit: 20 } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
