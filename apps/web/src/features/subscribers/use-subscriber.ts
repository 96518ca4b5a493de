import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { subscriberKeys } from './subscriber-keys';

export function useSubscriber(id: number) {
  return useQuery({
    queryKey: subscriberKeys.detail(id),
    queryFn: () => api.get<Subscriber>(`/subscribers/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}
