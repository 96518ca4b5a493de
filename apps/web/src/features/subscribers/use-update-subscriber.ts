import { useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { Subscriber, SubscriberChanges } from '../../api/types';
import { refreshMoney } from '../../components/money-keys';
import { useSubscriberMutation } from './use-subscriber-mutation';

/** A move (`ownerId`) takes the subscriber's invoices, payments and ledger entries along: the money screens are fetched again. */
export function useUpdateSubscriber(subscriber: Subscriber, onSuccess?: () => void) {
  const queryClient = useQueryClient();
  return useSubscriberMutation<SubscriberChanges>({
    id: subscriber.id,
    run: async (changes) => {
      const saved = await dataOf(api.PATCH('/api/subscribers/{id}', { params: { path: { id: subscriber.id } }, body: changes }));
      if (changes.ownerId !== undefined) refreshMoney(queryClient);
      return saved;
    },
    success: () => 'Subscriber saved',
    failure: 'Could not save the subscriber',
    onSuccess,
  });
}
