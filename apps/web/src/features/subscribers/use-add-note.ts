import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { subscriberKeys } from './subscriber-keys';

export function useAddNote(id: number, onSuccess: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => dataOf(api.POST('/api/subscribers/{id}/notes', { params: { path: { id } }, body: { body } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.notes(id) });
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.activity(id) });
      notifications.show({ color: 'green', title: 'Note added', message: null });
      onSuccess();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not add the note', message: describeError(error) }),
  });
}
