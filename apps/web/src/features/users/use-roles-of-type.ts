import type { AccountType } from '@tiergate/access';
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { Role } from '../../api/types';

/** GET /roles?type=: the roles of one account type the caller can see (R7). */
export function useRolesOfType(type: AccountType | null, enabled = true) {
  return useQuery({
    queryKey: ['roles', 'of-type', type],
    queryFn: () => api.get<Role[]>(`/roles${query({ type })}`),
    enabled: enabled && type !== null,
  });
}
