import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';

export const MODULES_QUERY_KEY = ['settings', 'modules'] as const;

/** Every module of the catalog and whether it is on for the whole installation (Admin only). */
export function useModules() {
  return useQuery({ queryKey: MODULES_QUERY_KEY, queryFn: () => dataOf(api.GET('/api/settings/modules')) });
}
