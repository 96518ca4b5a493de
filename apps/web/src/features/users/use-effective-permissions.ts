import type { PermissionKey, Reason } from '@tiergate/access';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { USERS_KEY } from './use-users';

export interface EffectivePermissions {
  permissions: PermissionKey[];
  explain: Partial<Record<PermissionKey, Reason>>;
}

/** GET /users/:id/effective-permissions: every key with the reason it is or is not granted. */
export function useEffectivePermissions(id: number, enabled = true) {
  return useQuery({
    queryKey: [...USERS_KEY, 'effective', id],
    queryFn: () => api.get<EffectivePermissions>(`/users/${id}/effective-permissions`),
    enabled,
  });
}
