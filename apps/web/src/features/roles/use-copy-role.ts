import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { roleKey, ROLES_KEY } from '../../components/query-keys';

/** POST /roles/:id/copy → the new role (its name plus the time, R4). */
export function useCopyRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => dataOf(api.POST('/api/roles/{id}/copy', { params: { path: { id } } })),
    onSuccess: (role) => {
      queryClient.setQueryData(roleKey(role.id), role);
      return queryClient.invalidateQueries({ queryKey: ROLES_KEY, exact: true });
    },
  });
}
