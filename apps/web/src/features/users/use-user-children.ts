import { useInfiniteQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { USERS_KEY } from './use-users';

const PAGE = 100;

/** The accounts directly under one account (a tree node), loaded when the node is first expanded. */
export function useUserChildren(parentId: number, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...USERS_KEY, 'children', parentId],
    queryFn: ({ pageParam }) => dataOf(api.GET('/api/users', { params: { query: { parentId, page: pageParam, pageSize: PAGE } } })),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.length * PAGE < last.total ? pages.length + 1 : undefined),
    enabled,
  });
}
