import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { AccountPermissionsBody } from '../../api/types';
import { USERS_KEY } from './use-users';

/** PUT /users/:id/permissions (change_user_role): both lists are replaced whole; a grant may carry its expiry (R15). */
export function useSetUserPermissions(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountPermissionsBody) => dataOf(api.PUT('/api/users/{id}/permissions', { params: { path: { id } }, body })),
    onSuccess: (account) => queryClient.setQueryData([...USERS_KEY, 'one', id], account),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
