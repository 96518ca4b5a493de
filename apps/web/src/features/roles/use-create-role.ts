import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountType } from '@tiergate/access';
import { api, dataOf } from '../../api/client';
import { roleKey, ROLES_KEY } from '../../components/query-keys';

/** POST /roles `{name, type}` → the new role, waiting for its predefined permissions. */
export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; type: AccountType }) => dataOf(api.POST('/api/roles', { body })),
    onSuccess: (role) => {
      queryClient.setQueryData(roleKey(role.id), role);
      return queryClient.invalidateQueries({ queryKey: ROLES_KEY, exact: true });
    },
  });
}
