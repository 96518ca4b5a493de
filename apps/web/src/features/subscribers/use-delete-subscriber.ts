import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { subscriberKeys } from './subscriber-keys';

/**
 * `leave` goes away from the profile. The cached subscriber is not removed: removing it while the profile is still
 * mounted would make it ask again (404); it is garbage-collected once nothing shows it.
 */
export function useDeleteSubscriber(subscriber: Subscriber, leave: () => Promise<void> | void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataOf(api.DELETE('/api/subscribers/{id}', { params: { path: { id: subscriber.id } } })),
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.lists() });
      notifications.show({ color: 'green', title: `${subscriber.name} (${subscriber.username}) is deleted`, message: null });
      await leave();
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not delete',
        message: describeError(error, { NOT_FOUND: 'This subscriber no longer exists, or it is outside your scope.' }),
      }),
  });
}
