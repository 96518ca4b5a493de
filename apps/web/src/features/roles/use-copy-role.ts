import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Role } from '../../api/types';
import { roleKey, ROLES_KEY } from '../../components/query-keys';

/** POST /roles/:id/copy → the new role (its name plus the time, R4). */
export function useCopyRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<Role>(`/roles/${id}/copy`),
    onSuccess: (role) => {
      queryClient.setQueryData(roleKey(role.id), role);
      return queryClient.invalidateQueries({ queryKey: ROLES_KEY, exact: true });
    },
  });
}
