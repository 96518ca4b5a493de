import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { roleHistoryKey } from '../../components/query-keys';

/** GET /roles/:id/history: the role's versions, newest first, a page at a time. */
export function useRoleHistory(id: number, limit = 20) {
  return useInfiniteQuery({
    queryKey: [...roleHistoryKey(id), limit],
    queryFn: ({ pageParam }) => dataOf(api.GET('/api/roles/{id}/history', { params: { path: { id }, query: { cursor: pageParam ?? undefined, limit } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: Number.isInteger(id) && id > 0,
  });
}
