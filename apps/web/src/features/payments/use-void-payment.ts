import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { Payment } from '../../api/types';
import { formatMoney } from '../../components/money';
import { refreshMoney } from '../../components/money-keys';

/** DELETE /payments/:id (delete_payment): voids it with a reversing ledger entry; its invoice reopens. */
export function useVoidPayment(payment: Payment, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataOf(api.DELETE('/api/payments/{id}', { params: { path: { id: payment.id } } })),
    onSuccess: () => {
      refreshMoney(queryClient, { subscriberId: payment.subscriberId });
      notifications.show({ color: 'green', title: `Payment of ${formatMoney(payment.amount)} voided`, message: null });
      onDone();
    },
  });
}
