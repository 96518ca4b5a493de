import { TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import type { Invoice, InvoiceChanges } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { amountRule, moneyOf } from '../../components/money';
import { invoiceError } from './use-invoice-mutation';
import { useUpdateInvoice } from './use-update-invoice';

/** Edit (edit_invoice): the amount and the due date of an unpaid invoice. */
export function EditInvoiceModal({ invoice, opened, onClose }: { invoice: Invoice; opened: boolean; onClose: () => void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { amount: invoice.amount, dueAt: invoice.dueAt ? dayjs(invoice.dueAt).format('YYYY-MM-DD') : (null as string | null) },
    validate: { amount: amountRule() },
  });
  const update = useUpdateInvoice(invoice, onClose);
  const submit = form.onSubmit((values) => {
    const body: InvoiceChanges = {};
    const amount = moneyOf(values.amount)!;
    if (amount !== moneyOf(invoice.amount)) body.amount = amount;
    // A due date can be set or moved, not taken away (PATCH /invoices/:id, API.md).
    if (values.dueAt && values.dueAt !== (invoice.dueAt ? dayjs(invoice.dueAt).format('YYYY-MM-DD') : null))
      body.dueAt = dayjs(values.dueAt).endOf('day').toISOString();
    if (Object.keys(body).length === 0) return onClose();
    update.mutate(body);
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Edit invoice ${invoice.number}`}
      onSubmit={submit}
      submitLabel="Save"
      loading={update.isPending}
      error={update.isError ? invoiceError(update.error) : null}
      errorTitle="Could not save the invoice"
    >
      <TextInput label="Amount" inputMode="decimal" data-autofocus {...form.getInputProps('amount')} />
      <DateInput label="Due date" valueFormat="D MMM YYYY" {...form.getInputProps('dueAt')} />
    </FormModal>
  );
}
