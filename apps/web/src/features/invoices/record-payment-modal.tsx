import { Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import type { Invoice, PaymentMethod } from '../../api/types';
import { useCan } from '../../session/use-can';
import { describeError } from '../../components/describe-error';
import { FormModal } from '../../components/form-modal';
import { formatPeriod } from '../../components/period';
import { useInvoices } from './use-invoices';
import { amountRule, formatMoney, moneyOf } from '../../components/money';
import { PAYMENT_METHOD_OPTIONS } from '../../components/payment-methods';
import { useRecordPayment } from './use-record-payment';

/** What is left to pay on an invoice, computed in cents so that no float rounding shows. */
const cents = (v: string) => Math.round(Number(v) * 100);
const owed = (i: Invoice) => (Math.max(0, cents(i.amount) - cents(i.paid)) / 100).toFixed(2);

/**
 * Record payment (subscriber_payment): money received from a subscriber, optionally against one of its open
 * invoices (the amount owed is filled in). Partial payments add up; paying more leaves the rest as credit.
 */
export function RecordPaymentModal({
  subscriberId,
  subscriberName,
  invoice,
  opened,
  onClose,
}: {
  subscriberId: number;
  subscriberName: string | null;
  /** The invoice being paid, when opened from its row. */
  invoice?: Invoice;
  opened: boolean;
  onClose: () => void;
}) {
  const can = useCan();
  // The open invoices to choose from (needs invoice_module to list them; without it the payment goes to the balance).
  const open = useInvoices({ status: 'open', subscriberId, period: null, from: null, to: null, sort: null, cursor: null }, can('invoice_module') && !invoice);
  const openInvoices = useMemo(() => (invoice ? [invoice] : (open.data?.items ?? [])), [invoice, open.data]);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      amount: invoice ? owed(invoice) : '',
      method: 'cash' as string | null,
      invoiceId: invoice ? String(invoice.id) : (null as string | null),
      reference: '',
    },
    validate: {
      amount: amountRule(),
      method: (v) => (v ? null : 'Choose how it was paid'),
      reference: (v) => (v.length > 200 ? 'At most 200 characters' : null),
    },
  });
  const record = useRecordPayment(subscriberId, onClose);
  const submit = form.onSubmit((values) =>
    record.mutate({
      amount: moneyOf(values.amount)!,
      method: values.method as PaymentMethod,
      ...(values.invoiceId && { invoiceId: Number(values.invoiceId) }),
      ...(values.reference.trim() && { reference: values.reference.trim() }),
    }),
  );
  const chosen = openInvoices.find((i) => String(i.id) === form.values.invoiceId);
  const over = chosen && moneyOf(form.values.amount) !== null && cents(moneyOf(form.values.amount)!) > cents(owed(chosen));
  const error = record.isError ? describeError(record.error, { NOT_FOUND: 'This subscriber or invoice no longer exists, or it is outside your scope.' }) : null;

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={subscriberName ? `Record payment from ${subscriberName}` : 'Record payment'}
      onSubmit={submit}
      submitLabel="Record payment"
      loading={record.isPending}
      error={error}
      errorTitle="Could not record the payment"
    >
      <TextInput label="Amount" inputMode="decimal" data-autofocus {...form.getInputProps('amount')} />
      <Select label="Method" data={PAYMENT_METHOD_OPTIONS} allowDeselect={false} {...form.getInputProps('method')} />
      {(invoice || can('invoice_module')) && (
        <Select
          label="Invoice"
          placeholder={open.isPending && !invoice ? 'Loading open invoices…' : openInvoices.length ? 'None: add to the balance' : 'No open invoices'}
          clearable={!invoice}
          disabled={!!invoice}
          clearButtonProps={{ 'aria-label': 'Clear Invoice' }}
          data={openInvoices.map((i) => ({ value: String(i.id), label: `${i.number} · ${formatPeriod(i.period)} · owes ${formatMoney(owed(i))}` }))}
          {...form.getInputProps('invoiceId')}
          onChange={(value) => {
            form.setFieldValue('invoiceId', value);
            const picked = openInvoices.find((i) => String(i.id) === value);
            if (picked && !form.values.amount.trim()) form.setFieldValue('amount', owed(picked));
          }}
        />
      )}
      <TextInput label="Reference" description="Receipt, transfer or transaction number (optional)" {...form.getInputProps('reference')} />
      {over && (
        <Text size="sm" c="dimmed">
          This is more than the invoice owes ({formatMoney(owed(chosen!))}): the rest stays on the subscriber’s balance as credit.
        </Text>
      )}
    </FormModal>
  );
}
