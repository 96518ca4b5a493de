import { api } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useSubscriberMutation } from './use-subscriber-mutation';

export function useSuspendSubscriber(subscriber: Subscriber) {
  return useSubscriberMutation<void>({
    id: subscriber.id,
    run: () => api.post<Subscriber>(`/subscribers/${subscriber.id}/suspend`),
    success: () => `${subscriber.name} is suspended`,
    failure: 'Could not suspend',
  });
}
