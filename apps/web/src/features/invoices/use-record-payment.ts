import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { RecordPaymentBody } from '../../api/types';
import { formatMoney } from '../../components/money';
import { refreshMoney } from '../../components/money-keys';

/** POST /subscribers/:id/payments (subscriber_payment); the failure is shown in the form. */
export function useRecordPayment(subscriberId: number, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordPaymentBody) => dataOf(api.POST('/api/subscribers/{id}/payments', { params: { path: { id: subscriberId } }, body })),
    onSuccess: (payment) => {
      refreshMoney(queryClient, { subscriberId });
      notifications.show({ color: 'green', title: `Payment of ${formatMoney(payment.amount)} recorded`, message: null });
      onDone();
    },
  });
}
