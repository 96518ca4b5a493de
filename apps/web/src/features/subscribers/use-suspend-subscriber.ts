import { api, dataOf } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useSubscriberMutation } from './use-subscriber-mutation';

export function useSuspendSubscriber(subscriber: Subscriber) {
  return useSubscriberMutation<void>({
    id: subscriber.id,
    run: () => dataOf(api.POST('/api/subscribers/{id}/suspend', { params: { path: { id: subscriber.id } } })),
    success: () => `${subscriber.name} is suspended`,
    failure: 'Could not suspend',
  });
}
