import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { ROLES_KEY } from '../../components/query-keys';

/**
 * The display names of the roles the caller can see, by id (an account carries only its role's stored name).
 * Only with role_module; without it the stored name is shown.
 */
export function useRoleNames(enabled: boolean) {
  return useQuery({
    queryKey: ROLES_KEY, // shared with the roles screen's list
    queryFn: () => dataOf(api.GET('/api/roles')),
    enabled,
    select: (roles) => new Map(roles.map((r) => [r.id, r.displayName])),
    staleTime: 60_000,
  });
}
