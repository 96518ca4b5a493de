import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { roleKey, ROLES_KEY, UNUSED_ROLES_KEY } from '../../components/query-keys';

/** DELETE /roles/:id (R5: 409 Not Eligible To Delete while assigned, or for a system role). */
export function useDeleteRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => dataOf(api.DELETE('/api/roles/{id}', { params: { path: { id } } })),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: roleKey(id) });
      return Promise.all([ROLES_KEY, UNUSED_ROLES_KEY].map((queryKey) => queryClient.invalidateQueries({ queryKey, exact: true })));
    },
  });
}
