import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { refreshMoney } from '../../components/money-keys';
import { useSubscriberMutation } from './use-subscriber-mutation';

export interface SubscriberChanges {
  name?: string;
  phone?: string | null;
  address?: string | null;
  ownerId?: number;
}

/** A move (`ownerId`) takes the subscriber's invoices, payments and ledger entries along: the money screens are fetched again. */
export function useUpdateSubscriber(subscriber: Subscriber, onSuccess?: () => void) {
  const queryClient = useQueryClient();
  return useSubscriberMutation<SubscriberChanges>({
    id: subscriber.id,
    run: async (changes) => {
      const saved = await api.patch<Subscriber>(`/subscribers/${subscriber.id}`, changes);
      if (changes.ownerId !== undefined) refreshMoney(queryClient);
      return saved;
    },
    success: () => 'Subscriber saved',
    failure: 'Could not save the subscriber',
    onSuccess,
  });
}
