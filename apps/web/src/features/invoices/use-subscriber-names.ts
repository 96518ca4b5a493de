import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useCan } from '../../app/use-can';
import { subscriberKeys } from '../subscribers/subscriber-keys';

/**
 * Names for the subscribers of an accounting list when the API sent only ids: each is read once (GET /subscribers/:id,
 * the profile's own cached query) and kept; without subscriber_profile the list shows ids.
 */
export function useSubscriberNames(ids: (number | null | undefined)[], skip = false): ReadonlyMap<number, string> {
  const can = useCan();
  const unique = [...new Set(ids.filter((id): id is number => typeof id === 'number' && id > 0))].slice(0, 100);
  const enabled = !skip && can('subscriber_profile');
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: subscriberKeys.detail(id),
      queryFn: () => api.get<Subscriber>(`/subscribers/${id}`),
      enabled,
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const names = new Map<number, string>();
  results.forEach((r, i) => {
    if (r.data) names.set(unique[i], r.data.name);
  });
  return names;
}
