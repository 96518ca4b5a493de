import { api } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { useSubscriberMutation } from './use-subscriber-mutation';

export interface SubscriberChanges {
  name?: string;
  phone?: string | null;
  address?: string | null;
  ownerId?: number;
}

export function useUpdateSubscriber(subscriber: Subscriber, onSuccess?: () => void) {
  return useSubscriberMutation<SubscriberChanges>({
    id: subscriber.id,
    run: (changes) => api.patch<Subscriber>(`/subscribers/${subscriber.id}`, changes),
    success: () => 'Subscriber saved',
    failure: 'Could not save the subscriber',
    onSuccess,
  });
}
