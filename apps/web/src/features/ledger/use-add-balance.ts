import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { Account } from '../../api/types';
import { formatMoney } from '../../components/money';
import { refreshMoney } from '../../components/money-keys';

/** POST /users/:id/balance (add_balance): a top-up, or a deduction when negative; 409 below zero. */
export function useAddBalance(account: Account, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { amount: string; note?: string }) => dataOf(api.POST('/api/users/{id}/balance', { params: { path: { id: account.id } }, body })),
    onSuccess: (updated, body) => {
      queryClient.setQueryData(['users', 'one', account.id], updated);
      refreshMoney(queryClient, { accountId: account.id });
      const deducted = body.amount.startsWith('-');
      notifications.show({
        color: 'green',
        title: deducted ? `${formatMoney(body.amount.slice(1))} deducted from ${account.name}` : `${formatMoney(body.amount)} added to ${account.name}`,
        message: updated.balance !== undefined ? `New balance: ${formatMoney(updated.balance)}` : null,
      });
      onDone();
    },
  });
}
