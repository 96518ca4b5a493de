import { TextInput } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { dayParam } from '../../components/date-range';
import { DayRangeInputs, FiltersPanel } from '../../components/filters-panel';
import { KeysetList } from '../../components/keyset-list';
import { LedgerTable } from './ledger-table';
import { idParam, useUrlFilters } from '../../components/url-filters';
import { useLedger } from './use-ledger';

const KEYS = ['accountId', 'subscriberId', 'from', 'to'] as const;

/**
 * Ledger (ledger_module): every movement of money in scope, newest first, each with the balance after it. Filters:
 * one operator's or one subscriber's balance (also linked from their pages as `?accountId=` / `?subscriberId=`), days.
 */
export function LedgerPage() {
  const filters = useUrlFilters(KEYS);
  const v = filters.values;
  const list = useLedger({
    accountId: idParam(v.accountId),
    subscriberId: idParam(v.subscriberId),
    from: dayParam(filters.params, 'from'),
    to: dayParam(filters.params, 'to'),
  });
  return (
    <>
      <PageHeader title="Ledger" />
      <FiltersPanel id="ledger-filters" active={filters.active} onClear={filters.clear}>
        <TextInput
          label="Account ID"
          placeholder="Any operator"
          inputMode="numeric"
          value={v.accountId ?? ''}
          error={v.accountId && !idParam(v.accountId) ? 'An account number' : undefined}
          onChange={(e) => filters.set({ accountId: e.currentTarget.value.trim() || null })}
        />
        <TextInput
          label="Subscriber ID"
          placeholder="Any subscriber"
          inputMode="numeric"
          value={v.subscriberId ?? ''}
          error={v.subscriberId && !idParam(v.subscriberId) ? 'A subscriber number' : undefined}
          onChange={(e) => filters.set({ subscriberId: e.currentTarget.value.trim() || null })}
        />
        <DayRangeInputs from={dayParam(filters.params, 'from')} to={dayParam(filters.params, 'to')} onChange={filters.set} />
      </FiltersPanel>
      <KeysetList list={list} noun={['entry', 'entries']} empty={filters.active ? 'No entry matches these filters.' : 'No money has moved yet.'}>
        {(items) => <LedgerTable entries={items} />}
      </KeysetList>
    </>
  );
}
