import { useQuery } from '@tanstack/react-query';
import { api, ApiError, dataOf } from '../../api/client';
import { roleKey } from '../../components/query-keys';
import { waitsForDefaults } from './defaults-status-badge';

/**
 * GET /roles/:id with its permissions. While the role waits for its predefined permissions it is fetched again
 * every 2 s, so they appear as soon as the worker lands them, without a reload. A 404 is not retried.
 */
export function useRole(id: number) {
  return useQuery({
    queryKey: roleKey(id),
    queryFn: () => dataOf(api.GET('/api/roles/{id}', { params: { path: { id } } })),
    enabled: Number.isInteger(id) && id > 0,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    refetchInterval: (query) => (query.state.data && waitsForDefaults(query.state.data) ? 2_000 : false),
    refetchIntervalInBackground: true,
  });
}
