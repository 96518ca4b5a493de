import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Account } from '../../api/types';
import { USERS_KEY } from './use-users';

export interface AccountChanges {
  name?: string;
  phone?: string | null;
  status?: 'active' | 'disabled';
  scope?: 'direct' | 'subtree';
}

/** PATCH /users/:id (edit_user): name, phone, status, scope. */
export function useUpdateUser(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: AccountChanges) => api.patch<Account>(`/users/${id}`, changes),
    onSuccess: (account) => queryClient.setQueryData([...USERS_KEY, 'one', id], account),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
