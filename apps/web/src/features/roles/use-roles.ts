import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { ROLES_KEY, UNUSED_ROLES_KEY } from '../../components/query-keys';

/** GET /roles: every role the account can see (R7). Polls every 2 s while a role waits for its predefined permissions. */
export function useRoles() {
  return useQuery({
    queryKey: ROLES_KEY,
    queryFn: () => dataOf(api.GET('/api/roles')),
    refetchInterval: (query) => (query.state.data?.some((r) => r.defaultsStatus === 'pending') ? 2_000 : false),
  });
}

/** Roles are unused after this many days held by nobody and exercised by nobody (UI.md: "Unused for 90 days"). */
export const UNUSED_DAYS = 90;

/** GET /roles?unusedDays=90: roles held by nobody, neither created nor used in 90 days, that can be deleted. */
export function useUnusedRoles() {
  return useQuery({
    queryKey: UNUSED_ROLES_KEY,
    queryFn: () => dataOf(api.GET('/api/roles', { params: { query: { unusedDays: UNUSED_DAYS } } })),
  });
}
