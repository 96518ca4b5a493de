import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LedgerEntry } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { DataTable, type Column } from '../../components/data-table';
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

/** A movement's amount: a credit green with its sign, a debit red. */
function Amount({ entry }: { entry: LedgerEntry }) {
  const negative = entry.amount.trim().startsWith('-');
  return (
    <Text span size="sm" c={negative ? 'red.8' : 'green.8'} fw={500}>
      {negative ? '' : '+'}
      {formatMoney(entry.amount)}
    </Text>
  );
}

const COLUMNS: Column<LedgerEntry>[] = [
  { header: 'When', sort: 'at', text: 'nowrap', card: 'subtitle', cell: (e) => formatDateTime(e.at) },
  { header: 'Balance of', card: 'title', cell: (e) => <Whose entry={e} /> },
  { header: 'Kind', cell: (e) => kindWords(e.kind) },
  { header: 'Amount', sort: 'amount', align: 'right', card: 'aside', cell: (e) => <Amount entry={e} /> },
  { header: 'Balance after', align: 'right', cell: (e) => formatMoney(e.balanceAfter) },
  { header: 'Reference', text: 'nowrap', cell: reference },
  { header: 'Note', text: 'long', cell: (e) => e.note || '—', cardCell: (e) => e.note || null },
];

/** Ledger entries: what moved, by how much and the balance after it; cards on a phone. */
export function LedgerTable({
  entries,
  sort,
  onSort,
  stale,
}: {
  entries: LedgerEntry[];
  sort: string | null;
  onSort: (sort: string | null) => void;
  stale: boolean;
}) {
  return (
    <DataTable
      label="Ledger entries"
      columns={COLUMNS}
      rows={entries}
      rowKey={(e) => e.id}
      sort={sort}
      defaultSort="-at"
      onSort={onSort}
      stale={stale}
      minWidth={960}
    />
  );
}
