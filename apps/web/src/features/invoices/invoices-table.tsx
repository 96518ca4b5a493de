import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { ListedInvoice } from '../../api/types';
import { useCan } from '../../session/use-can';
import { formatDate } from '../../components/format';
import { DataTable, type Column } from '../../components/data-table';
import { formatMoney } from '../../components/money';
import { RecordPaymentModal } from './record-payment-modal';
import { EditInvoiceModal } from './edit-invoice-modal';
import { InvoiceStatusBadge } from './invoice-status-badge';
import { formatPeriod } from '../../components/period';
import { SubscriberLink } from './subscriber-link';
import { VoidInvoiceModal } from './void-invoice-modal';
import { useNow } from '../../components/use-now';
import { WriteGate } from '../../components/write-gate';

type Dialog = { kind: 'edit' | 'void' | 'pay'; invoice: ListedInvoice } | null;

/** Invoices as a table (cards on a phone); each row's actions only with their permission (R13). */
export function InvoicesTable({
  invoices,
  showSubscriber = true,
  sort,
  onSort,
  stale,
}: {
  invoices: ListedInvoice[];
  showSubscriber?: boolean;
  sort?: string | null;
  onSort?: (sort: string | null) => void;
  stale?: boolean;
}) {
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const anyActions = can('edit_invoice') || can('delete_invoice') || can('subscriber_payment');
  const now = useNow();
  const overdue = (i: ListedInvoice) => i.status === 'open' && i.dueAt !== null && new Date(i.dueAt).getTime() < now;
  // An invoice with payments on it cannot be voided (409): its payments are voided first.
  const mayVoid = (invoice: ListedInvoice) => invoice.status !== 'void' && Number(invoice.paid) === 0 && can('delete_invoice');
  const actions = (invoice: ListedInvoice) =>
    (invoice.status === 'open' || mayVoid(invoice)) && (
      <Group gap={4} wrap="wrap">
        {invoice.status === 'open' && (
          <WriteGate permission="subscriber_payment">
            <Button size="compact-sm" variant="light" onClick={() => setDialog({ kind: 'pay', invoice })}>
              Record payment
            </Button>
          </WriteGate>
        )}
        {invoice.status === 'open' && (
          <WriteGate permission="edit_invoice">
            <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'edit', invoice })}>
              Edit
            </Button>
          </WriteGate>
        )}
        {mayVoid(invoice) && (
          <WriteGate>
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDialog({ kind: 'void', invoice })}>
              Void
            </Button>
          </WriteGate>
        )}
      </Group>
    );
  const subscriberOf = (invoice: ListedInvoice) => <SubscriberLink id={invoice.subscriberId} name={invoice.subscriberName} />;
  const due = (invoice: ListedInvoice) => (
    <Text span inherit c={overdue(invoice) ? 'red' : undefined}>
      {formatDate(invoice.dueAt)}
      {overdue(invoice) && ' (overdue)'}
    </Text>
  );
  const dialogs = (
    <>
      {dialog?.kind === 'edit' && <EditInvoiceModal invoice={dialog.invoice} opened onClose={close} />}
      {dialog?.kind === 'void' && <VoidInvoiceModal invoice={dialog.invoice} opened onClose={close} />}
      {dialog?.kind === 'pay' && (
        <RecordPaymentModal
          subscriberId={dialog.invoice.subscriberId}
          subscriberName={dialog.invoice.subscriberName}
          invoice={dialog.invoice}
          opened
          onClose={close}
        />
      )}
    </>
  );

  const columns: Column<ListedInvoice>[] = [
    {
      header: 'Number',
      sort: 'number',
      card: 'title',
      cell: (invoice) => (
        <Text span inherit ff="monospace" title={`Issued ${formatDate(invoice.createdAt)}`}>
          {invoice.number}
        </Text>
      ),
    },
    ...(showSubscriber ? [{ header: 'Subscriber', card: 'subtitle' as const, cell: subscriberOf }] : []),
    { header: 'Period', sort: 'period', text: 'nowrap', cell: (i) => formatPeriod(i.period, 'short'), cardCell: (i) => formatPeriod(i.period) },
    { header: 'Amount', sort: 'amount', align: 'right', card: 'aside', cell: (i) => formatMoney(i.amount) },
    { header: 'Paid', align: 'right', cell: (i) => formatMoney(i.paid) },
    { header: 'Status', sort: 'status', card: 'aside', cell: (i) => <InvoiceStatusBadge status={i.status} /> },
    { header: 'Due', sort: 'dueAt', text: 'nowrap', cell: due },
    ...(anyActions ? [{ header: 'Actions', card: 'actions' as const, cell: actions }] : []),
  ];

  return (
    <>
      <DataTable
        label="Invoices"
        columns={columns}
        rows={invoices}
        rowKey={(i) => i.id}
        sort={sort}
        onSort={onSort}
        stale={stale}
        minWidth={showSubscriber ? 900 : 760}
      />
      {dialogs}
    </>
  );
}
