import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { USERS_KEY } from './use-users';

/** GET /users/:id: one account the caller manages (404 outside its scope). */
export function useUser(id: number | null, enabled = true) {
  return useQuery({
    queryKey: [...USERS_KEY, 'one', id],
    queryFn: () => dataOf(api.GET('/api/users/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: enabled && id !== null && Number.isInteger(id) && id > 0,
  });
}
