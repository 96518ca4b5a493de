import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { AuditEntry, CursorPage } from '../../api/types';
import { subscriberKeys } from './subscriber-keys';

/** The subscriber's action-log entries, newest first, a keyset page at a time. */
export function useSubscriberActivity(id: number) {
  return useInfiniteQuery({
    queryKey: subscriberKeys.activity(id),
    queryFn: ({ pageParam }) => api.get<CursorPage<AuditEntry>>(`/subscribers/${id}/activity${query({ cursor: pageParam, limit: 20 })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
