import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../components/describe-error';
import { refreshMoney } from '../../components/money-keys';

/** A change to invoices: on success everything showing money is fetched again and a notification says what happened. */
export function useInvoiceMutation<TVars, TData>(options: {
  run: (vars: TVars) => Promise<TData>;
  subscriberId?: number;
  success: (data: TData, vars: TVars) => string;
  failure: string;
  onSuccess?: (data: TData) => void;
  /** Show the failure in the form instead of a notification. */
  inline?: boolean;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: options.run,
    onSuccess: (data, vars) => {
      refreshMoney(queryClient, { subscriberId: options.subscriberId });
      notifications.show({ color: 'green', title: options.success(data, vars), message: null });
      options.onSuccess?.(data);
    },
    onError: (error) => {
      if (!options.inline) notifications.show({ color: 'red', title: options.failure, message: invoiceError(error) });
    },
  });
}

/** An invoice failure in words (the API's 409s already say why: "already invoiced for 2026-11", "paid"). */
export function invoiceError(error: unknown): string {
  return describeError(error, { NOT_FOUND: 'This invoice or subscriber no longer exists, or it is outside your scope.' });
}
