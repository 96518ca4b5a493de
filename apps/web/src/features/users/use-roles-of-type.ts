import type { AccountType } from '@tiergate/access';
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';

/** GET /roles?type=: the roles of one account type the caller can see (R7). */
export function useRolesOfType(type: AccountType | null, enabled = true) {
  return useQuery({
    queryKey: ['roles', 'of-type', type],
    queryFn: () => dataOf(api.GET('/api/roles', { params: { query: { type: type ?? undefined } } })),
    enabled: enabled && type !== null,
  });
}
