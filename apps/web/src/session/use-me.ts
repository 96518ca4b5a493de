import { useQuery } from '@tanstack/react-query';
import { api, dataOf, storedAccessToken } from '../api/client';
import { setCurrency } from './currency';

export const ME_QUERY_KEY = ['me'] as const;

/**
 * How long an answer of /me serves the parts of a page that mount after it: a page load's shell, gate and screen each
 * read the account, and without it each asked the API again (3-4 times a load).
 */
const ME_FRESH_MS = 5_000;

/**
 * The signed-in account and its effective permissions (R13); null while signed out. UI.md: fetched again on
 * window focus, however fresh, and at least every 30 s (and after any 403, see main.tsx, or the server's event,
 * use-live-access.ts), so the menu follows permission changes.
 */
export function useMe() {
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: async () => {
      const me = storedAccessToken() ? await dataOf(api.GET('/api/me')) : null;
      setCurrency(me?.currency ?? null);
      return me;
    },
    staleTime: ME_FRESH_MS,
    refetchOnWindowFocus: 'always',
    refetchInterval: 30_000,
    retry: false,
  });
}
