import type { PermissionKey } from '@tiergate/access';
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { Role } from '../../api/types';
import { roleKey } from '../../components/query-keys';
import { waitsForDefaults } from '../roles';

/** GET /roles/:id: a role with its permissions (what an account's grants and revokes are measured against). */
export function useRolePermissions(roleId: number | null, enabled = true) {
  return useQuery({
    queryKey: roleKey(roleId ?? 0), // shared with the role screen
    queryFn: () => dataOf(api.GET('/api/roles/{id}', { params: { path: { id: roleId ?? 0 } } })),
    enabled: enabled && roleId !== null,
    select: (role): Role & { permissions: PermissionKey[] } => ({ ...role, permissions: role.permissions ?? [] }),
    // A role waiting for its predefined permissions gets them from the worker: look again until they land.
    refetchInterval: (q) => (q.state.data && waitsForDefaults(q.state.data) ? 5_000 : false),
  });
}
