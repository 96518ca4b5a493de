import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { roleKey, ROLES_KEY } from '../../components/query-keys';

/** PATCH /roles/:id `{name}`. */
export function useRenameRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: number; name: string }) => dataOf(api.PATCH('/api/roles/{id}', { params: { path: { id } }, body: { name } })),
    onSuccess: (role) => {
      queryClient.setQueryData(roleKey(role.id), role);
      return queryClient.invalidateQueries({ queryKey: ROLES_KEY, exact: true });
    },
  });
}
