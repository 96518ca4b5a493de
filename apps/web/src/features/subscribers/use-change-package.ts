import { api } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useSubscriberMutation } from './use-subscriber-mutation';

export function useChangePackage(subscriber: Subscriber, onSuccess?: () => void) {
  return useSubscriberMutation<{ packageId: number; packageName: string }>({
    id: subscriber.id,
    run: ({ packageId }) => api.post<Subscriber>(`/subscribers/${subscriber.id}/package`, { packageId }),
    success: ({ packageName }) => `${subscriber.name} is now on ${packageName}`,
    failure: 'Could not change the package',
    onSuccess,
  });
}
