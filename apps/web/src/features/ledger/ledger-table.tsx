import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Account, LedgerEntry } from '../../api/types';
import { useCan } from '../../app/use-can';
import { formatDateTime } from '../../components/format';
import { SubscriberLink } from '../invoices/subscriber-link';
import { useSubscriberNames } from '../invoices/use-subscriber-names';
import { formatMoney } from '../../components/money';

/** "balance.topup" / "payment_void" → "Balance topup" / "Payment void": a kind as words. */
export function kindWords(kind: string): string {
  const words = kind.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Operators' names for the entries about their balances (GET /users/:id, the account page's own cached query). */
function useAccountNames(ids: (number | null | undefined)[]): ReadonlyMap<number, string> {
  const can = useCan();
  const unique = [...new Set(ids.filter((id): id is number => typeof id === 'number' && id > 0))].slice(0, 100);
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['users', 'one', id],
      queryFn: () => api.get<Account>(`/users/${id}`),
      enabled: can('user_profile'),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const names = new Map<number, string>();
  results.forEach((r, i) => {
    if (r.data) names.set(unique[i], r.data.name);
  });
  return names;
}

function Whose({ entry, name }: { entry: LedgerEntry; name?: string }) {
  const can = useCan();
  if (entry.subscriberId) return <SubscriberLink id={entry.subscriberId} name={name} />;
  if (entry.accountId) {
    return can('user_profile') ? (
      <Anchor component={Link} to={`/users/${entry.accountId}`} size="sm">
        {name ?? `Account #${entry.accountId}`}
      </Anchor>
    ) : (
      <>{name ?? `Account #${entry.accountId}`}</>
    );
  }
  return <>—</>;
}

/** Ledger entries: what moved, by how much (credit green, debit red) and the balance after it. */
export function LedgerTable({ entries }: { entries: LedgerEntry[] }) {
  const names = useSubscriberNames(entries.map((e) => e.subscriberId));
  const accounts = useAccountNames(entries.map((e) => e.accountId));
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
                  <Whose entry={e} name={e.subscriberId ? names.get(e.subscriberId) : e.accountId ? accounts.get(e.accountId) : undefined} />
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
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.refType ? `${kindWords(e.refType)}${e.refId !== null ? ` #${e.refId}` : ''}` : '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 160 }}>{e.note || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
