import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PermissionKey } from '@tiergate/access';
import { api, dataOf } from '../../api/client';
import { roleKey, ROLES_KEY } from '../../components/query-keys';

/** PUT /roles/:id/permissions: the whole set, with the version read (a stale one answers 409). */
export function useSetRolePermissions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, permissions, version }: { id: number; permissions: PermissionKey[]; version: number }) =>
      dataOf(api.PUT('/api/roles/{id}/permissions', { params: { path: { id } }, body: { permissions, version } })),
    onSuccess: (role) => {
      queryClient.setQueryData(roleKey(role.id), role);
      return queryClient.invalidateQueries({ queryKey: ROLES_KEY, exact: true });
    },
  });
}
