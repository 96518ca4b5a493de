import type { PermissionKey } from '@tiergate/access';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { Account, NewAccountBody } from '../../api/types';
import { USERS_KEY } from './use-users';

export type NewAccount = NewAccountBody & {
  /** Granular permissions (spec/managers.txt) measured against the role, set right after the account exists. */
  grants: PermissionKey[];
  revokes: PermissionKey[];
};

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
      const account = await dataOf(api.POST('/api/users', { body }));
      if (!grants.length && !revokes.length) return account;
      try {
        return await dataOf(api.PUT('/api/users/{id}/permissions', { params: { path: { id: account.id } }, body: { grants, revokes } }));
      } catch (error) {
        throw new PermissionsNotSaved(account, error);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
