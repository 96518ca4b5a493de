import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';

/** POST /me/password (my_profile_change_password): every other session of the account ends, this one stays. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => dataOf(api.POST('/api/me/password', { body })),
    onSuccess: () =>
      notifications.show({
        color: 'green',
        title: 'Password changed',
        message: 'You stay signed in here; every other session of your account was signed out.',
      }),
  });
}
