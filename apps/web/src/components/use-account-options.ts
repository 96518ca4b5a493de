import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api/client';

/**
 * Accounts matching what is typed in a filter that picks an account (name, email or phone), within the caller's
 * reach (R11): the Action log's Actor, the Tickets' Assignee. Needs user_module.
 */
export function useAccountOptions(search: string, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'options', search],
    queryFn: () => dataOf(api.GET('/api/users', { params: { query: { q: search, pageSize: 20 } } })),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
