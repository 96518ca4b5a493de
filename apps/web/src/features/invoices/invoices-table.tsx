import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ListedInvoice } from '../../api/types';
import { useCan } from '../../session/use-can';
import { formatDate } from '../../components/format';
import { useSmallScreen } from '../../components/use-small-screen';
import { formatMoney } from '../../components/money';
import { RecordPaymentModal } from './record-payment-modal';
import { EditInvoiceModal } from './edit-invoice-modal';
import { InvoiceStatusBadge } from './invoice-status-badge';
import { formatPeriod } from '../../components/period';
import { SubscriberLink } from './subscriber-link';
import { VoidInvoiceModal } from './void-invoice-modal';
import { useNow } from '../../components/use-now';

type Dialog = { kind: 'edit' | 'void' | 'pay'; invoice: ListedInvoice } | null;

/** Invoices as a table (scrolls sideways on a phone); each row's actions only with their permission (R13). */
export function InvoicesTable({ invoices, showSubscriber = true }: { invoices: ListedInvoice[]; showSubscriber?: boolean }) {
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  const phone = useSmallScreen();
  const close = () => setDialog(null);
  const anyActions = can('edit_invoice') || can('delete_invoice') || can('subscriber_payment');
  const now = useNow();
  const overdue = (i: ListedInvoice) => i.status === 'open' && i.dueAt !== null && new Date(i.dueAt).getTime() < now;
  const actions = (invoice: ListedInvoice) => (
    <Group gap={4} wrap="wrap">
      {invoice.status === 'open' && can('subscriber_payment') && (
        <Button size="compact-sm" variant="light" onClick={() => setDialog({ kind: 'pay', invoice })}>
          Record payment
        </Button>
      )}
      {invoice.status === 'open' && can('edit_invoice') && (
        <Button size="compact-sm" variant="default" onClick={() => setDialog({ kind: 'edit', invoice })}>
          Edit
        </Button>
      )}
      {/* An invoice with payments on it cannot be voided (409): its payments are voided first. */}
      {invoice.status !== 'void' && Number(invoice.paid) === 0 && can('delete_invoice') && (
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDialog({ kind: 'void', invoice })}>
          Void
        </Button>
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

  if (phone) {
    // On a phone each invoice is a card: what it is, what is owed, and its actions, without scrolling sideways.
    return (
      <>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Invoices">
          {invoices.map((invoice) => (
            <Card key={invoice.id} withBorder padding="sm" component="li">
              <Group justify="space-between" wrap="nowrap">
                <Text ff="monospace" size="sm" fw={600}>
                  {invoice.number}
                </Text>
                <InvoiceStatusBadge status={invoice.status} />
              </Group>
              {showSubscriber && <div>{subscriberOf(invoice)}</div>}
              <Group justify="space-between" mt={4} wrap="nowrap">
                <Text size="sm">{formatPeriod(invoice.period)}</Text>
                <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatMoney(invoice.amount)}
                </Text>
              </Group>
              <Group justify="space-between" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  Due {due(invoice)}
                </Text>
                <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  paid {formatMoney(invoice.paid)}
                </Text>
              </Group>
              {anyActions && <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>{actions(invoice)}</div>}
            </Card>
          ))}
        </Stack>
        {dialogs}
      </>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={showSubscriber ? 900 : 760}>
        <Table striped highlightOnHover verticalSpacing="xs" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Number</Table.Th>
              {showSubscriber && <Table.Th>Subscriber</Table.Th>}
              <Table.Th>Period</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th ta="right">Paid</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Due</Table.Th>
              {anyActions && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoices.map((invoice) => (
              <Table.Tr key={invoice.id}>
                <Table.Td ff="monospace" title={`Issued ${formatDate(invoice.createdAt)}`}>
                  {invoice.number}
                </Table.Td>
                {showSubscriber && <Table.Td>{subscriberOf(invoice)}</Table.Td>}
                <Table.Td>{formatPeriod(invoice.period, 'short')}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatMoney(invoice.amount)}
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatMoney(invoice.paid)}
                </Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge status={invoice.status} />
                </Table.Td>
                <Table.Td>{due(invoice)}</Table.Td>
                {anyActions && <Table.Td>{actions(invoice)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {dialogs}
    </>
  );
}
