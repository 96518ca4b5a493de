import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { NewSubscriber } from '../../api/types';
import { subscriberKeys } from './subscriber-keys';

/** Failures are shown in the form by its caller (a taken username belongs beside the field). */
export function useCreateSubscriber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSubscriber) => dataOf(api.POST('/api/subscribers', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(subscriberKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.lists() });
      notifications.show({ color: 'green', title: `Subscriber ${created.username} added`, message: null });
    },
  });
}
