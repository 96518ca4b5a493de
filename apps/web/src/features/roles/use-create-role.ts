import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountType } from '@tiergate/access';
import { api, dataOf } from '../../api/client';
import { roleKey, ROLES_KEY } from '../../components/query-keys';

/**
 * POST /roles `{name, type}` → the new role, waiting for its predefined permissions. The list is refreshed in the
 * background: the panel opens the new role's page at once instead of waiting for the list it leaves.
 */
export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; type: AccountType }) => dataOf(api.POST('/api/roles', { body })),
    onSuccess: (role) => {
      queryClient.setQueryData(roleKey(role.id), role);
      void queryClient.invalidateQueries({ queryKey: ROLES_KEY, exact: true });
    },
  });
}
