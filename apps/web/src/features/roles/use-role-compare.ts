import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';

/** GET /roles/compare: `a` and `b` are `<roleId>` or `<roleId>@<version>`. */
export function useRoleCompare(a: string | null, b: string | null) {
  return useQuery({
    queryKey: ['roles', 'compare', a, b],
    queryFn: () => dataOf(api.GET('/api/roles/compare', { params: { query: { a: a!, b: b! } } })),
    enabled: a !== null && b !== null,
  });
}
