import { Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { dayParam } from '../../components/date-range';
import { DayRangeInputs, FiltersPanel } from '../../components/filters-panel';
import { KeysetList } from '../../components/keyset-list';
import { LedgerTable } from './ledger-table';
import { idParam, useUrlFilters } from '../../components/url-filters';
import { useLedger } from './use-ledger';

const KEYS = ['account', 'subscriber', 'accountId', 'subscriberId', 'from', 'to'] as const;

/**
 * Ledger (ledger_module): every movement of money in scope, newest first, each with the balance after it. Filters:
 * operators' or subscribers' balances by name (the API matches them within the viewer's scope), days; one
 * operator's or one subscriber's balance when linked from their pages (`?accountId=` / `?subscriberId=`).
 */
export function LedgerPage() {
  const filters = useUrlFilters(KEYS);
  const v = filters.values;
  const list = useLedger({
    accountName: v.account,
    subscriberName: v.subscriber,
    accountId: idParam(v.accountId),
    subscriberId: idParam(v.subscriberId),
    from: dayParam(filters.params, 'from'),
    to: dayParam(filters.params, 'to'),
  });
  const first = list.data?.pages[0]?.items[0];
  const oneBalance = v.accountId ? (first?.accountName ?? 'one operator') : v.subscriberId ? (first?.subscriberName ?? 'one subscriber') : null;
  return (
    <>
      <PageHeader title="Ledger" />
      <FiltersPanel id="ledger-filters" active={filters.active} onClear={filters.clear}>
        <NameFilter label="Account" placeholder="Operator's name or email" value={v.account} onChange={(account) => filters.set({ account })} />
        <NameFilter label="Subscriber" placeholder="Name, username or phone" value={v.subscriber} onChange={(subscriber) => filters.set({ subscriber })} />
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
      <KeysetList list={list} noun={['entry', 'entries']} empty={filters.active ? 'No entry matches these filters.' : 'No money has moved yet.'}>
        {(items) => <LedgerTable entries={items} />}
      </KeysetList>
    </>
  );
}

/** A name typed into a filter: kept as typed, and put in the URL (which the list follows) once typing pauses. */
function NameFilter({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const [typed, setTyped] = useState(value ?? '');
  const [settled] = useDebouncedValue(typed.trim(), 300);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is outside React: the field follows it
  useEffect(() => setTyped((t) => (t.trim() === (value ?? '') ? t : (value ?? ''))), [value]);
  useEffect(() => {
    if (settled !== (value ?? '')) onChange(settled || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new settled text is news; the URL follows it
  }, [settled]);
  return <TextInput label={label} placeholder={placeholder} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />;
}
