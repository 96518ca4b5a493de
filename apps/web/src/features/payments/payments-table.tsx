import { Badge, Button, Text } from '@mantine/core';
import { useState } from 'react';
import type { ListedPayment } from '../../api/types';
import { useCan } from '../../session/use-can';
import { formatDateTime } from '../../components/format';
import { DataTable, type Column } from '../../components/data-table';
import { SubscriberLink } from '../invoices';
import { formatMoney } from '../../components/money';
import { methodLabel } from '../../components/payment-methods';
import { VoidPaymentModal } from './void-payment-modal';
import { WriteGate } from '../../components/write-gate';

/** Who took a payment: by name when the viewer may know it (the API names accounts within its reach only). */
function receivedBy(p: ListedPayment): string {
  return p.receivedByName ?? (p.receivedBy !== null ? 'another operator' : '—');
}

/** Payments as a table (cards on a phone); a voided one is struck through and says when. */
export function PaymentsTable({
  payments,
  showSubscriber = true,
  sort,
  onSort,
  stale,
}: {
  payments: ListedPayment[];
  showSubscriber?: boolean;
  sort?: string | null;
  onSort?: (sort: string | null) => void;
  stale?: boolean;
}) {
  const can = useCan();
  const [voiding, setVoiding] = useState<ListedPayment | null>(null);
  const amount = (p: ListedPayment, stacked = false) => (
    <>
      <span style={p.voidedAt ? { textDecoration: 'line-through' } : undefined}>{formatMoney(p.amount)}</span>
      {stacked && p.voidedAt && <br />}
      {p.voidedAt && (
        <Badge ml={stacked ? 0 : 6} size="sm" variant="light" color="gray" tt="none" title={`Voided ${formatDateTime(p.voidedAt)}`}>
          Voided
        </Badge>
      )}
    </>
  );
  const voidButton = (p: ListedPayment) =>
    can('delete_payment') && !p.voidedAt ? (
      <WriteGate>
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setVoiding(p)}>
          Void
        </Button>
      </WriteGate>
    ) : null;
  const dialog = voiding && <VoidPaymentModal payment={voiding} opened onClose={() => setVoiding(null)} />;

  const columns: Column<ListedPayment>[] = [
    { header: 'Received', sort: 'createdAt', text: 'nowrap', card: 'subtitle', cell: (p) => formatDateTime(p.createdAt) },
    ...(showSubscriber
      ? [{ header: 'Subscriber', card: 'title' as const, cell: (p: ListedPayment) => <SubscriberLink id={p.subscriberId} name={p.subscriberName} /> }]
      : []),
    { header: 'Amount', sort: 'amount', align: 'right', card: 'aside', cell: (p) => amount(p), cardCell: (p) => amount(p, true) },
    { header: 'Method', sort: 'method', cell: (p) => methodLabel(p.method) },
    {
      header: 'Invoice',
      cell: (p) =>
        p.invoiceNumber !== null ? (
          <Text span inherit ff="monospace">
            {p.invoiceNumber}
          </Text>
        ) : (
          <Text span size="sm" c="dimmed">
            Balance
          </Text>
        ),
    },
    { header: 'Reference', text: 'long', cell: (p) => p.reference || '—', cardCell: (p) => p.reference || null },
    { header: 'Received by', cell: receivedBy },
    ...(can('delete_payment') ? [{ header: 'Actions', card: 'actions' as const, cell: voidButton }] : []),
  ];
  return (
    <>
      <DataTable
        label="Payments"
        columns={columns}
        rows={payments}
        rowKey={(p) => p.id}
        sort={sort}
        defaultSort="-createdAt"
        onSort={onSort}
        stale={stale}
        dimmed={(p) => p.voidedAt !== null}
        minWidth={showSubscriber ? 960 : 800}
      />
      {dialog}
    </>
  );
}
