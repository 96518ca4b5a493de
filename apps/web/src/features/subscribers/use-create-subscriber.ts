import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Subscriber } from '../../api/types';
import { subscriberKeys } from './subscriber-keys';

export interface NewSubscriber {
  username: string;
  name: string;
  phone?: string;
  address?: string;
  packageId?: number;
  ownerId?: number;
  expiresAt?: string;
}

/** Failures are shown in the form by its caller (a taken username belongs beside the field). */
export function useCreateSubscriber() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSubscriber) => api.post<Subscriber>('/subscribers', body),
    onSuccess: (created) => {
      queryClient.setQueryData(subscriberKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.lists() });
      notifications.show({ color: 'green', title: `Subscriber ${created.username} added`, message: null });
    },
  });
}
