import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { USERS_KEY } from './use-users';

/** GET /users/:id/effective-permissions: every key with the reason it is or is not granted. */
export function useEffectivePermissions(id: number, enabled = true) {
  return useQuery({
    queryKey: [...USERS_KEY, 'effective', id],
    queryFn: () => dataOf(api.GET('/api/users/{id}/effective-permissions', { params: { path: { id } } })),
    enabled,
  });
}
