import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AccountType } from '@tiergate/access';
import type { ApiError } from '../../api/client';
import type { Account } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { FormModal } from '../../components/form-modal';
import { amountRule, formatMoney, moneyOf } from '../../components/money';
import { useAddBalance } from './use-add-balance';

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Resellers, sub-resellers and retailers (types 3-5) carry a prepaid balance (API.md POST /users/:id/balance). */
export function hasPrepaidBalance(type: AccountType): boolean {
  return type === AccountType.Reseller || type === AccountType.Subreseller || type === AccountType.Retailer;
}

/**
 * Balance top-up on an operator's page (add_balance, resellers, sub-resellers and retailers): a positive Amount adds
 * to its prepaid balance, a negative one deducts; the balance never goes below zero (the API answers 409).
 */
export function BalanceModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { amount: '', note: '' },
    validate: { amount: amountRule({ allowNegative: true }), note: (v) => (v.length > 500 ? 'At most 500 characters' : null) },
  });
  const add = useAddBalance(account, onClose);
  const submit = form.onSubmit(({ amount, note }) => add.mutate({ amount: moneyOf(amount)!, ...(note.trim() && { note: note.trim() }) }));
  const withBalance = (e: ApiError) => `${sentence(e.message)} The current balance is ${formatMoney(account.balance ?? '0')}.`;
  const error = add.isError
    ? describeError(add.error, {
        INSUFFICIENT_BALANCE: withBalance,
        BALANCE_LIMIT: withBalance,
        NOT_FOUND: 'This account no longer exists, or it is outside your scope.',
      })
    : null;
  const typed = moneyOf(form.values.amount);
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Balance of ${account.name}`}
      onSubmit={submit}
      submitLabel={typed?.startsWith('-') ? 'Deduct' : 'Top up'}
      loading={add.isPending}
      error={error}
      errorTitle="Could not change the balance"
    >
      <Text size="sm">
        Current balance: <strong>{formatMoney(account.balance ?? '0')}</strong>
      </Text>
      <TextInput label="Amount" description="Negative to deduct, e.g. -500" inputMode="decimal" data-autofocus {...form.getInputProps('amount')} />
      <TextInput label="Note" description="Optional: why, a receipt number…" {...form.getInputProps('note')} />
    </FormModal>
  );
}
