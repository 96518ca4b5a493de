import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { moneyKeys } from '../../components/money-keys';

/** GET /dashboard: only the counters whose home_* key the account holds, within its scope; refreshed every minute. */
export function useDashboard() {
  return useQuery({
    queryKey: [...moneyKeys.dashboard],
    queryFn: () => dataOf(api.GET('/api/dashboard')),
    refetchInterval: 60_000,
  });
}
