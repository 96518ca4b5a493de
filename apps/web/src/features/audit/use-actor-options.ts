import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';

/** Accounts matching what is typed in the Actor filter (name, email or phone), within the caller's reach (R11). */
export function useActorOptions(search: string, enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'actor-options', search],
    queryFn: () => dataOf(api.GET('/api/users', { params: { query: { q: search, pageSize: 20 } } })),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
