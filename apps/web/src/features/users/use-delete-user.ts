import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { USERS_KEY } from './use-users';

/** DELETE /users/:id (delete_user): 409 while the account still owns subscribers, accounts or roles. */
export function useDeleteUser(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataOf(api.DELETE('/api/users/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.removeQueries({ queryKey: [...USERS_KEY, 'one', id] }),
    // Only the lists: the deleted account's own queries would answer 404 while its page is still open.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'list'] }),
        queryClient.invalidateQueries({ queryKey: [...USERS_KEY, 'children'] }),
      ]),
  });
}
