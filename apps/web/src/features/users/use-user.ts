import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Account } from '../../api/types';
import { USERS_KEY } from './use-users';

/** GET /users/:id: one account the caller manages (404 outside its scope). */
export function useUser(id: number | null, enabled = true) {
  return useQuery({
    queryKey: [...USERS_KEY, 'one', id],
    queryFn: () => api.get<Account>(`/users/${id}`),
    enabled: enabled && id !== null && Number.isInteger(id) && id > 0,
  });
}
