import { api, dataOf } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useSubscriberMutation } from './use-subscriber-mutation';

export function useReconnectSubscriber(subscriber: Subscriber) {
  return useSubscriberMutation<void>({
    id: subscriber.id,
    run: () => dataOf(api.POST('/api/subscribers/{id}/reconnect', { params: { path: { id: subscriber.id } } })),
    success: () => `${subscriber.name} is reconnected`,
    failure: 'Could not reconnect',
  });
}
