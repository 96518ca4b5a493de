import type { PermissionKey } from '@tiergate/access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Account } from '../../api/types';
import { USERS_KEY } from './use-users';

/** PUT /users/:id/permissions (change_user_role): both lists are replaced whole. */
export function useSetUserPermissions(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { grants: PermissionKey[]; revokes: PermissionKey[] }) => api.put<Account>(`/users/${id}/permissions`, body),
    onSuccess: (account) => queryClient.setQueryData([...USERS_KEY, 'one', id], account),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
