import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, dataOf } from '../../api/client';
import { TYPING_PAUSE_MS } from '../../components/url-list';

const label = (s: { name: string; username: string }) => `${s.name} (${s.username})`;

/**
 * Subscriber: one of the caller's subscribers (R10), found by typing part of its name, username or phone (GET
 * /subscribers?q=); the first ones are offered before anything is typed.
 */
export function SubscriberPicker({ value, onChange, error }: { value: number | null; onChange: (id: number | null) => void; error?: string | null }) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [typed] = useDebouncedValue(search === picked ? '' : search.trim(), TYPING_PAUSE_MS);
  const found = useQuery({
    queryKey: ['subscribers', 'list', 'picker', typed],
    queryFn: () => dataOf(api.GET('/api/subscribers', { params: { query: { q: typed || undefined, sort: 'name', limit: 20 } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const data = (found.data?.items ?? []).map((s) => ({ value: s.id, label: label(s) }));
  if (value !== null && picked && !data.some((o) => o.value === value)) data.unshift({ value, label: picked });
  return (
    <Select<number>
      label="Subscriber"
      placeholder="Type a name, username or phone"
      required
      searchable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The API has searched already.
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? 'Searching…' : 'No subscriber matches'}
      error={error ?? (found.isError ? `Subscribers could not be loaded: ${found.error.message}` : undefined)}
      onChange={(id, option) => {
        setPicked(option?.label ?? null);
        onChange(id);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
