import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../components/describe-error';
import { moneyKeys } from '../../components/money-keys';
import { ticketKeys } from '../../components/query-keys';

/**
 * A change to tickets: on success every ticket list, count and page and the Dashboard's counter are fetched again
 * and a notification says what happened; on failure the notification says why, in words.
 */
export function useTicketMutation<TVars, TData>(options: {
  run: (vars: TVars) => Promise<TData>;
  success: (data: TData, vars: TVars) => string;
  failure: string;
  onSuccess?: (data: TData) => void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: options.run,
    onSuccess: (data, vars) => {
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      void queryClient.invalidateQueries({ queryKey: moneyKeys.dashboard });
      notifications.show({ color: 'green', title: options.success(data, vars), message: null });
      options.onSuccess?.(data);
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: options.failure,
        message: describeError(error, { NOT_FOUND: 'This ticket no longer exists, or it is outside your scope.' }),
      }),
  });
}
