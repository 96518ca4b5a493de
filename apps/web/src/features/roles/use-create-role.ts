import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountType } from '@tiergate/access';
import { api } from '../../api/client';
import type { Role } from '../../api/types';
import { roleKey, ROLES_KEY } from '../../components/query-keys';

/** POST /roles `{name, type}` → the new role, waiting for its predefined permissions. */
export function useCreateRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; type: AccountType }) => api.post<Role>('/roles', body),
    onSuccess: (role) => {
      queryClient.setQueryData(roleKey(role.id), role);
      return queryClient.invalidateQueries({ queryKey: ROLES_KEY, exact: true });
    },
  });
}
