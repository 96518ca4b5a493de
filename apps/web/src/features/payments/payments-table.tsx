import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ListedPayment } from '../../api/types';
import { useCan } from '../../session/use-can';
import { formatDateTime } from '../../components/format';
import { useSmallScreen } from '../../components/use-small-screen';
import { SubscriberLink } from '../invoices';
import { formatMoney } from '../../components/money';
import { methodLabel } from '../../components/payment-methods';
import { VoidPaymentModal } from './void-payment-modal';

/** Who took a payment: by name when the viewer may know it (the API names accounts within its reach only). */
function receivedBy(p: ListedPayment): string {
  return p.receivedByName ?? (p.receivedBy !== null ? 'another operator' : '—');
}

/** Payments as a table (scrolls sideways on a phone); a voided one is struck through and says when. */
export function PaymentsTable({ payments, showSubscriber = true }: { payments: ListedPayment[]; showSubscriber?: boolean }) {
  const can = useCan();
  const [voiding, setVoiding] = useState<ListedPayment | null>(null);
  const phone = useSmallScreen();
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
      <Button size="compact-sm" variant="subtle" color="red" onClick={() => setVoiding(p)}>
        Void
      </Button>
    ) : null;
  const dialog = voiding && <VoidPaymentModal payment={voiding} opened onClose={() => setVoiding(null)} />;

  if (phone) {
    return (
      <>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Payments">
          {payments.map((p) => (
            <Card key={p.id} withBorder padding="sm" component="li" c={p.voidedAt ? 'dimmed' : undefined}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  {showSubscriber && <SubscriberLink id={p.subscriberId} name={p.subscriberName} />}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(p.createdAt)} · {methodLabel(p.method)}
                    {p.invoiceNumber !== null ? ` · ${p.invoiceNumber}` : ' · to the balance'}
                    {` · by ${receivedBy(p)}`}
                  </Text>
                  {p.reference && (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      Ref. {p.reference}
                    </Text>
                  )}
                </div>
                <Text size="sm" fw={600} component="div" ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {amount(p, true)}
                </Text>
              </Group>
              {voidButton(p) && <Group justify="flex-end">{voidButton(p)}</Group>}
            </Card>
          ))}
        </Stack>
        {dialog}
      </>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={showSubscriber ? 960 : 800}>
        <Table striped highlightOnHover verticalSpacing="xs" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Received</Table.Th>
              {showSubscriber && <Table.Th>Subscriber</Table.Th>}
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Method</Table.Th>
              <Table.Th>Invoice</Table.Th>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Received by</Table.Th>
              {can('delete_payment') && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {payments.map((p) => (
              <Table.Tr key={p.id} c={p.voidedAt ? 'dimmed' : undefined}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(p.createdAt)}</Table.Td>
                {showSubscriber && (
                  <Table.Td>
                    <SubscriberLink id={p.subscriberId} name={p.subscriberName} />
                  </Table.Td>
                )}
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {amount(p)}
                </Table.Td>
                <Table.Td>{methodLabel(p.method)}</Table.Td>
                <Table.Td ff={p.invoiceNumber !== null ? 'monospace' : undefined}>
                  {p.invoiceNumber ?? (
                    <Text span size="sm" c="dimmed">
                      Balance
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 120 }}>{p.reference || '—'}</Table.Td>
                <Table.Td>{receivedBy(p)}</Table.Td>
                {can('delete_payment') && <Table.Td>{voidButton(p)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {dialog}
    </>
  );
}
