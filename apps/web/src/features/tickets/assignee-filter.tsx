import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { useAccountOptions } from '../../components/use-account-options';
import { TYPING_PAUSE_MS } from '../../components/url-list';

/**
 * Assignee: "Me", or with user_module any account the caller manages, found by typing its name (GET /users). The
 * one chosen keeps its name from the list on screen (`names`) after a reload.
 */
export function AssigneeFilter({
  value,
  onChange,
  names,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  names: ReadonlyMap<number, string>;
}) {
  const me = useMe().data;
  const can = useCan();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [typed] = useDebouncedValue(search === picked ? '' : search.trim(), TYPING_PAUSE_MS);
  const accounts = useAccountOptions(typed, can('user_module'));
  const options = new Map<number, string>();
  if (me) options.set(me.id, `${me.name} (me)`);
  for (const a of accounts.data?.items ?? []) if (!options.has(a.id)) options.set(a.id, `${a.name} · ${a.typeName}`);
  if (value !== null && !options.has(value)) options.set(value, picked ?? names.get(value) ?? `Account #${value}`);
  return (
    <Select<number>
      label="Assignee"
      placeholder="Anyone"
      searchable
      clearable
      clearButtonProps={{ 'aria-label': 'Clear Assignee' }}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={can('user_module') ? ({ options: all }) => all : undefined}
      nothingFoundMessage={accounts.isFetching ? 'Searching…' : 'No account matches'}
      onChange={(id, option) => {
        setPicked(option?.label ?? null);
        onChange(id);
      }}
    />
  );
}
