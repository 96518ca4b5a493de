import { NumberInput, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { useAccountOptions } from '../../components/use-account-options';
import { useDraft } from './use-draft';

interface ActorFilterProps {
  value: number | null;
  onChange: (actorId: number | null) => void;
  /** Names already known for account ids (from the entries on screen), so a chosen actor shows its name. */
  names: ReadonlyMap<number, string>;
}

/** Actor: pick an account (searched in GET /users) with user_module; otherwise type an account id. */
export function ActorFilter(props: ActorFilterProps) {
  const can = useCan();
  return can('user_module') ? <ActorSelect {...props} /> : <ActorIdInput {...props} />;
}

function ActorSelect({ value, onChange, names }: ActorFilterProps) {
  const me = useMe().data;
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [labels, setLabels] = useState<ReadonlyMap<number, string>>(new Map());
  // What the box shows after a pick is the picked account's label: that is not a search.
  const isLabel = (text: string) => [...labels.values()].includes(text) || (me !== undefined && me !== null && text === `${me.name} (me)`);
  const options = useAccountOptions(isLabel(debounced) ? '' : debounced.trim(), true);

  const data = useMemo(() => {
    const list = new Map<number, string>();
    if (me) list.set(me.id, `${me.name} (me)`);
    for (const a of options.data?.items ?? []) list.set(a.id, `${a.name} · ${a.typeName}`);
    if (value !== null && !list.has(value)) list.set(value, labels.get(value) ?? names.get(value) ?? `Account #${value}`);
    return [...list].map(([id, label]) => ({ value: id, label }));
  }, [me, options.data, value, labels, names]);

  return (
    <Select<number>
      label="Actor"
      placeholder="Anyone"
      searchable
      clearable
      clearButtonProps={{ 'aria-label': 'Clear Actor' }}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={options.isFetching ? 'Searching…' : 'No account matches'}
      onChange={(id, option) => {
        if (id !== null && option) setLabels((current) => new Map(current).set(id, option.label));
        onChange(id);
      }}
    />
  );
}

function ActorIdInput({ value, onChange }: ActorFilterProps) {
  const [draft, setDraft] = useDraft<number | string>(value ?? '', (v) => onChange(typeof v === 'number' && v > 0 ? v : null));
  return (
    <NumberInput
      label="Actor"
      description="The account's ID"
      placeholder="Anyone"
      min={1}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      value={draft}
      onChange={setDraft}
    />
  );
}
