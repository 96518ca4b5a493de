import type { PermissionKey } from '@tiergate/access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { USERS_KEY } from './use-users';

/** PUT /users/:id/permissions (change_user_role): both lists are replaced whole. */
export function useSetUserPermissions(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { grants: PermissionKey[]; revokes: PermissionKey[] }) =>
      dataOf(api.PUT('/api/users/{id}/permissions', { params: { path: { id } }, body })),
    onSuccess: (account) => queryClient.setQueryData([...USERS_KEY, 'one', id], account),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
