import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { ImportedRole } from '../../api/types';
import { ROLES_KEY } from '../../components/query-keys';

/** POST /roles/import: all of them or none. */
export function useImportRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roles: ImportedRole[]) => dataOf(api.POST('/api/roles/import', { body: roles })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ROLES_KEY, exact: true }),
  });
}
