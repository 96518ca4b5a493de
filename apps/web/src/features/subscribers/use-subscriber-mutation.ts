import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Subscriber } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { subscriberKeys } from './subscriber-keys';

/**
 * A change to one subscriber: on success the profile, its activity and every list page are fetched again and a
 * notification says what happened; on failure the notification says why, in words.
 */
export function useSubscriberMutation<TVars>(options: {
  id: number;
  run: (vars: TVars) => Promise<Subscriber | void>;
  success: (vars: TVars) => string;
  failure: string;
  onSuccess?: () => void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: options.run,
    onSuccess: (data, vars) => {
      if (data) queryClient.setQueryData(subscriberKeys.detail(options.id), data);
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.detail(options.id) });
      void queryClient.invalidateQueries({ queryKey: subscriberKeys.lists() });
      notifications.show({ color: 'green', title: options.success(vars), message: null });
      options.onSuccess?.();
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: options.failure,
        message: describeError(error, { NOT_FOUND: 'This subscriber no longer exists, or it is outside your scope.' }),
      }),
  });
}
