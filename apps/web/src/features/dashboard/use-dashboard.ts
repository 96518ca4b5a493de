import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Dashboard } from '../../api/types';
import { moneyKeys } from '../../components/money-keys';

/** GET /dashboard: only the counters whose home_* key the account holds, within its scope; refreshed every minute. */
export function useDashboard() {
  return useQuery({
    queryKey: [...moneyKeys.dashboard],
    queryFn: () => api.get<Dashboard>('/dashboard'),
    refetchInterval: 60_000,
  });
}
