import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Subscriber } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { amountRule, moneyOf } from '../../components/money';
import { currentPeriod } from '@tiergate/access';
import { periodRule } from '../../components/period';
import { useCreateInvoice } from './use-create-invoice';
import { invoiceError } from './use-invoice-mutation';

/** Issue an invoice to one subscriber (subscriber_invoice): the package price for this month unless changed. */
export function CreateInvoiceModal({ subscriber, opened, onClose }: { subscriber: Subscriber; opened: boolean; onClose: () => void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { period: currentPeriod(), amount: '' },
    validate: { period: periodRule, amount: amountRule({ optional: true }) },
  });
  const create = useCreateInvoice(subscriber.id, onClose);
  const submit = form.onSubmit(({ period, amount }) => create.mutate({ period: period.trim(), ...(amount.trim() && { amount: moneyOf(amount)! }) }));
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`New invoice for ${subscriber.name}`}
      onSubmit={submit}
      submitLabel="Issue invoice"
      loading={create.isPending}
      error={create.isError ? invoiceError(create.error) : null}
      errorTitle="Could not issue the invoice"
    >
      <TextInput label="Period" description="The month billed, YYYY-MM" data-autofocus {...form.getInputProps('period')} />
      <TextInput label="Amount" description="Leave empty to bill the package price" inputMode="decimal" {...form.getInputProps('amount')} />
      <Text size="xs" c="dimmed">
        A subscriber has at most one invoice per period.
      </Text>
    </FormModal>
  );
}
