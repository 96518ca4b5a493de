import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LedgerEntry } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { formatDateTime } from '../../components/format';
import { SubscriberLink } from '../invoices';
import { formatMoney } from '../../components/money';

/** "balance.topup" / "payment_void" → "Balance topup" / "Payment void": a kind as words. */
export function kindWords(kind: string): string {
  const words = kind.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Whose balance moved, by name. An account links to its page only where GET /users/:id answers (user_profile, and
 * an account below the viewer's principal, R11): the viewer's own balance is its principal's, shown without a link.
 */
function Whose({ entry }: { entry: LedgerEntry }) {
  const can = useCan();
  const me = useMe().data;
  if (entry.subscriberId) return <SubscriberLink id={entry.subscriberId} name={entry.subscriberName} />;
  if (!entry.accountId) return <>—</>;
  const name = entry.accountName ?? 'An operator';
  return can('user_profile') && me && entry.accountId !== me.principalId ? (
    <Anchor component={Link} to={`/users/${entry.accountId}`} size="sm">
      {name}
    </Anchor>
  ) : (
    <>{name}</>
  );
}

/** What an entry refers to: an invoice by its number, another account by its name when the viewer may know it. */
function reference(e: LedgerEntry): string {
  if (e.refType === 'invoice' && e.invoiceNumber) return e.invoiceNumber;
  if (e.refType === 'account') return e.refAccountName ?? 'Another operator';
  return e.refType ? `${kindWords(e.refType)}${e.refId !== null ? ` #${e.refId}` : ''}` : '—';
}

/** Ledger entries: what moved, by how much (credit green, debit red) and the balance after it. */
export function LedgerTable({ entries }: { entries: LedgerEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Balance of</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th ta="right">Balance after</Table.Th>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => {
            const negative = e.amount.trim().startsWith('-');
            return (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>
                  <Whose entry={e} />
                </Table.Td>
                <Table.Td>{kindWords(e.kind)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  <Text span size="sm" c={negative ? 'red.8' : 'green.8'} fw={500}>
                    {negative ? '' : '+'}
                    {formatMoney(e.amount)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {formatMoney(e.balanceAfter)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{reference(e)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 160 }}>{e.note || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
