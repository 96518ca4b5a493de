import { Button, Group, Text, TextInput } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { dayParam } from '../../components/date-range';
import { DayRangeInputs, FiltersPanel } from '../../components/filters-panel';
import { PagedList } from '../../components/data-table';
import { LedgerTable } from './ledger-table';
import { idParam, useUrlList } from '../../components/url-list';
import { LEDGER_SORTS, useLedger } from './use-ledger';

const KEYS = ['account', 'subscriber', 'accountId', 'subscriberId', 'from', 'to'] as const;

/**
 * Ledger (ledger_module): every movement of money in scope, newest first or sorted, a page at a time, each with the balance after it. Filters:
 * operators' or subscribers' balances by name (the API matches them within the viewer's scope), days; one
 * operator's or one subscriber's balance when linked from their pages (`?accountId=` / `?subscriberId=`).
 */
export function LedgerPage() {
  const filters = useUrlList({ filters: KEYS, typed: ['account', 'subscriber'], sorts: LEDGER_SORTS });
  const v = filters.values;
  const list = useLedger({
    accountName: v.account,
    subscriberName: v.subscriber,
    accountId: idParam(v.accountId),
    subscriberId: idParam(v.subscriberId),
    from: dayParam(filters.params, 'from'),
    to: dayParam(filters.params, 'to'),
    sort: filters.sort,
    cursor: filters.cursor,
  });
  const first = list.data?.items[0];
  const oneBalance = v.accountId ? (first?.accountName ?? 'one operator') : v.subscriberId ? (first?.subscriberName ?? 'one subscriber') : null;
  return (
    <>
      <PageHeader title="Ledger" />
      <FiltersPanel id="ledger-filters" active={filters.active} onClear={filters.clear}>
        <TextInput
          label="Account"
          placeholder="Operator's name or email"
          value={filters.typed.account}
          onChange={(e) => filters.type('account', e.currentTarget.value)}
        />
        <TextInput
          label="Subscriber"
          placeholder="Name, username or phone"
          value={filters.typed.subscriber}
          onChange={(e) => filters.type('subscriber', e.currentTarget.value)}
        />
        <DayRangeInputs from={dayParam(filters.params, 'from')} to={dayParam(filters.params, 'to')} onChange={filters.set} />
      </FiltersPanel>
      {oneBalance && (
        <Group gap="xs" mb="sm">
          <Text size="sm">
            The balance of <strong>{oneBalance}</strong> only.
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={() => filters.set({ accountId: null, subscriberId: null })}>
            Show every balance
          </Button>
        </Group>
      )}
      <PagedList
        query={list}
        page={filters.page}
        onPage={filters.goToPage}
        noun={['entry', 'entries']}
        empty={filters.active ? 'No entry matches these filters.' : 'No money has moved yet.'}
      >
        {(items, stale) => <LedgerTable entries={items} sort={filters.sort} onSort={filters.setSort} stale={stale} />}
      </PagedList>
    </>
  );
}
