import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { USERS_KEY } from './use-users';

/** PUT /users/:id/role (change_user_role): a role of the account's own type. */
export function useSetUserRole(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roleId: number) => dataOf(api.PUT('/api/users/{id}/role', { params: { path: { id } }, body: { roleId } })),
    onSuccess: (account) => queryClient.setQueryData([...USERS_KEY, 'one', id], account),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: USERS_KEY }), queryClient.invalidateQueries({ queryKey: ['roles'] })]),
  });
}
