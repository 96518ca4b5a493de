import { useQuery } from '@tanstack/react-query';
import { api, dataOf, storedAccessToken } from '../api/client';
import { setCurrency } from './currency';

export const ME_QUERY_KEY = ['me'] as const;

/**
 * The signed-in account and its effective permissions (R13); null while signed out. UI.md: fetched again on
 * window focus and at least every 30 s (and after any 403, see main.tsx), so the menu follows permission changes.
 */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: async () => {
      const me = storedAccessToken() ? await dataOf(api.GET('/api/me')) : null;
      setCurrency(me?.currency ?? null);
      return me;
    },
    refetchOnWindowFocus: true,
    refetchInterval: 30_000,
    retry: false,
  });
}
