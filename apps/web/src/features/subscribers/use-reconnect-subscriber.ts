import { api } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useSubscriberMutation } from './use-subscriber-mutation';

export function useReconnectSubscriber(subscriber: Subscriber) {
  return useSubscriberMutation<void>({
    id: subscriber.id,
    run: () => api.post<Subscriber>(`/subscribers/${subscriber.id}/reconnect`),
    success: () => `${subscriber.name} is reconnected`,
    failure: 'Could not reconnect',
  });
}
