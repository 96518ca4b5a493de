import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ModuleSetting } from '../../api/types';

export const MODULES_QUERY_KEY = ['settings', 'modules'] as const;

/** Every module of the catalog and whether it is on for the whole installation (Admin only). */
export function useModules() {
  return useQuery({ queryKey: MODULES_QUERY_KEY, queryFn: () => api.get<ModuleSetting[]>('/settings/modules') });
}
