import { api, dataOf } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useSubscriberMutation } from './use-subscriber-mutation';

export function useExtendExpiry(subscriber: Subscriber, onSuccess?: () => void) {
  return useSubscriberMutation<{ days: number }>({
    id: subscriber.id,
    run: ({ days }) => dataOf(api.POST('/api/subscribers/{id}/extend', { params: { path: { id: subscriber.id } }, body: { days } })),
    success: ({ days }) => `Expiry extended by ${days} ${days === 1 ? 'day' : 'days'}`,
    failure: 'Could not extend the expiry',
    onSuccess,
  });
}
