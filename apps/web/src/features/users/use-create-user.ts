import type { AccountType, PermissionKey } from '@tiergate/access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Account } from '../../api/types';
import { USERS_KEY } from './use-users';

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  phone?: string;
  type: AccountType;
  roleId: number;
  parentId?: number;
  scope?: 'direct' | 'subtree';
  /** Granular permissions (spec/managers.txt) measured against the role, set right after the account exists. */
  grants: PermissionKey[];
  revokes: PermissionKey[];
}

/** Thrown when the account was created but its grants and revokes were refused: the account exists, say so. */
export class PermissionsNotSaved extends Error {
  constructor(
    readonly account: Account,
    readonly cause: unknown,
  ) {
    super(`${account.name} was created, but its permissions were not saved: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** POST /users, then PUT /users/:id/permissions when the chosen permissions differ from the role's. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ grants, revokes, ...body }: NewAccount) => {
      const account = await api.post<Account>('/users', body);
      if (!grants.length && !revokes.length) return account;
      try {
        return await api.put<Account>(`/users/${account.id}/permissions`, { grants, revokes });
      } catch (error) {
        throw new PermissionsNotSaved(account, error);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
