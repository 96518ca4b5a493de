import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { ME_QUERY_KEY } from '../../session/use-me';

/** PATCH /me (edit_my_profile): name and phone; a null phone clears it. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: { name?: string; phone?: string | null }) => dataOf(api.PATCH('/api/me', { body: changes })),
    onSuccess: (me) => {
      queryClient.setQueryData(ME_QUERY_KEY, me);
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      notifications.show({ color: 'green', title: 'Profile saved', message: 'Your name and phone are up to date.' });
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Could not save your profile', message: error.message }),
  });
}
