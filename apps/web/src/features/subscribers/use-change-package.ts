import { api, dataOf } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useSubscriberMutation } from './use-subscriber-mutation';

export function useChangePackage(subscriber: Subscriber, onSuccess?: () => void) {
  return useSubscriberMutation<{ packageId: number; packageName: string }>({
    id: subscriber.id,
    run: ({ packageId }) => dataOf(api.POST('/api/subscribers/{id}/package', { params: { path: { id: subscriber.id } }, body: { packageId } })),
    success: ({ packageName }) => `${subscriber.name} is now on ${packageName}`,
    failure: 'Could not change the package',
    onSuccess,
  });
}
