import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api/client';
import { useCan } from '../session/use-can';
import { PACKAGES_QUERY_KEY } from './query-keys';

/**
 * Every package of the installation. GET /packages answers package_module, add_subscriber or
 * subscriber_package_change: without any of them it is not asked (a 403 would refresh /me for nothing).
 */
export function usePackages() {
  const can = useCan();
  const allowed = can('package_module') || can('add_subscriber') || can('subscriber_package_change');
  return useQuery({
    queryKey: PACKAGES_QUERY_KEY,
    queryFn: () => dataOf(api.GET('/api/packages')),
    enabled: allowed,
    staleTime: 60_000,
  });
}
