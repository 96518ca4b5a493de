import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { AccountChanges } from '../../api/types';
import { USERS_KEY } from './use-users';

/** PATCH /users/:id (edit_user): name, phone, status, scope. */
export function useUpdateUser(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: AccountChanges) => dataOf(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: (account) => queryClient.setQueryData([...USERS_KEY, 'one', id], account),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
