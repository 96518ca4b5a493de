import { isOptionsGroup, Select, TextInput, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { FiltersPanel } from '../../components/filters-panel';
import { formatDateTime } from '../../components/format';
import { useSmallScreen } from '../../components/use-small-screen';
import { actionOptions, TARGET_TYPES } from './audit-actions';
import { ActorFilter } from './actor-filter';
import { isoFromPicker, NO_FILTERS, pickerValue, type AuditFilters } from './audit-filters';
import { useDraft } from './use-draft';

/** The Action list matches what is typed against the words and the dotted name ("suspend", "subscriber.sus"). */
const matchAction: OptionsFilter<string> = ({ options, search }) => {
  const needle = search.trim().toLowerCase();
  if (!needle) return options;
  const hit = (o: ComboboxItem<string>) => o.label.toLowerCase().includes(needle) || o.value.includes(needle);
  return options.map((o) => (isOptionsGroup(o) ? { ...o, items: o.items.filter(hit) } : o)).filter((o) => (isOptionsGroup(o) ? o.items.length > 0 : hit(o)));
};

interface Props {
  filters: AuditFilters;
  onChange: (next: Partial<AuditFilters>) => void;
  actorNames: ReadonlyMap<number, string>;
}

/** Actor, Action, Target, From, To (UI.md): each applies as soon as it is set. */
export function AuditFiltersBar({ filters, onChange, actorNames }: Props) {
  const phone = useSmallScreen();
  const active = Object.values(filters).filter((v) => v !== null).length;
  const [targetId, setTargetId] = useDraft(filters.targetId ?? '', (v) => onChange({ targetId: v.trim() || null }));
  const picker = {
    clearable: true,
    valueFormat: (value: string) => formatDateTime(value),
    dropdownType: phone ? ('modal' as const) : ('popover' as const),
    placeholder: 'Any time',
  };
  return (
    <FiltersPanel id="audit-filters" active={active} onClear={() => onChange(NO_FILTERS)} columns={3}>
      <ActorFilter value={filters.actorId} onChange={(actorId) => onChange({ actorId })} names={actorNames} />
      <Select
        label="Action"
        placeholder="Any action"
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Clear Action' }}
        data={actionOptions(filters.action)}
        filter={matchAction}
        value={filters.action}
        onChange={(action) => onChange({ action })}
        nothingFoundMessage="No such action"
      />
      <Select
        label="Target"
        placeholder="Anything"
        clearable
        clearButtonProps={{ 'aria-label': 'Clear Target' }}
        data={TARGET_TYPES}
        value={filters.targetType}
        onChange={(targetType) => onChange({ targetType })}
      />
      <TextInput label="Target ID" placeholder="Any" value={targetId} onChange={(e) => setTargetId(e.currentTarget.value)} />
      <DateTimePicker
        {...picker}
        label="From"
        clearButtonProps={{ 'aria-label': 'Clear From' }}
        value={pickerValue(filters.from)}
        onChange={(v) => onChange({ from: isoFromPicker(v) })}
      />
      <DateTimePicker
        {...picker}
        label="To"
        clearButtonProps={{ 'aria-label': 'Clear To' }}
        value={pickerValue(filters.to)}
        onChange={(v) => onChange({ to: isoFromPicker(v) })}
      />
    </FiltersPanel>
  );
}
