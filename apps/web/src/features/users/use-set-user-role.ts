import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Account } from '../../api/types';
import { USERS_KEY } from './use-users';

/** PUT /users/:id/role (change_user_role): a role of the account's own type. */
export function useSetUserRole(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roleId: number) => api.put<Account>(`/users/${id}/role`, { roleId }),
    onSuccess: (account) => queryClient.setQueryData([...USERS_KEY, 'one', id], account),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: USERS_KEY }), queryClient.invalidateQueries({ queryKey: ['roles'] })]),
  });
}
