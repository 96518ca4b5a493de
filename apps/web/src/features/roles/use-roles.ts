import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { ROLES_KEY } from '../../components/query-keys';

/** GET /roles: every role the account can see (R7). Polls every 2 s while a role waits for its predefined permissions. */
export function useRoles() {
  return useQuery({
    queryKey: ROLES_KEY,
    queryFn: () => dataOf(api.GET('/api/roles')),
    refetchInterval: (query) => (query.state.data?.some((r) => r.defaultsStatus === 'pending') ? 2_000 : false),
  });
}
