import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { subscriberKeys } from './subscriber-keys';
import type { SubscriberNote } from './use-subscriber-notes';

export function useAddNote(id: number, onSuccess: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<SubscriberNote>(`/subscribers/${id}/notes`, { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.notes(id) });
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.activity(id) });
      notifications.show({ color: 'green', title: 'Note added', message: null });
      onSuccess();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not add the note', message: describeError(error) }),
  });
}
