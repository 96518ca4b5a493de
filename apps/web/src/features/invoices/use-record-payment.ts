import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Payment, PaymentMethod } from '../../api/types';
import { formatMoney } from '../../components/money';
import { refreshMoney } from '../../components/money-keys';

export interface RecordPaymentBody {
  amount: string;
  method: PaymentMethod;
  invoiceId?: number;
  reference?: string;
}

/** POST /subscribers/:id/payments (subscriber_payment); the failure is shown in the form. */
export function useRecordPayment(subscriberId: number, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordPaymentBody) => api.post<Payment>(`/subscribers/${subscriberId}/payments`, body),
    onSuccess: (payment) => {
      refreshMoney(queryClient, { subscriberId });
      notifications.show({ color: 'green', title: `Payment of ${formatMoney(payment.amount)} recorded`, message: null });
      onDone();
    },
  });
}
