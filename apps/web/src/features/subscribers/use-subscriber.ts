import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { subscriberKeys } from './subscriber-keys';

export function useSubscriber(id: number) {
  return useQuery({
    queryKey: subscriberKeys.detail(id),
    queryFn: () => dataOf(api.GET('/api/subscribers/{id}', { params: { path: { id } } })),
    enabled: Number.isInteger(id) && id > 0,
  });
}
