import { Badge, Button, Collapse, Group, isOptionsGroup, Paper, Select, SimpleGrid, TextInput, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { formatDateTime } from '../../components/format';
import { useSmallScreen } from '../../components/use-small-screen';
import { actionOptions, TARGET_TYPES } from './audit-actions';
import { ActorFilter } from './actor-filter';
import { hasFilters, isoFromPicker, NO_FILTERS, pickerValue, type AuditFilters } from './audit-filters';
import { useDraft } from './use-draft';

/** The Action list matches what is typed against the words and the dotted name ("suspend", "subscriber.sus"). */
const matchAction: OptionsFilter<string> = ({ options, search }) => {
  const needle = search.trim().toLowerCase();
  if (!needle) return options;
  const hit = (o: ComboboxItem<string>) => o.label.toLowerCase().includes(needle) || o.value.includes(needle);
  return options
    .map((o) => (isOptionsGroup(o) ? { ...o, items: o.items.filter(hit) } : o))
    .filter((o) => (isOptionsGroup(o) ? o.items.length > 0 : hit(o)));
};

interface Props {
  filters: AuditFilters;
  onChange: (next: Partial<AuditFilters>) => void;
  actorNames: ReadonlyMap<number, string>;
}

/** Actor, Action, Target, From, To (UI.md): each applies as soon as it is set. */
export function AuditFiltersBar({ filters, onChange, actorNames }: Props) {
  const phone = useSmallScreen();
  const [shown, { toggle }] = useDisclosure(false);
  const active = Object.values(filters).filter((v) => v !== null).length;
  const [targetId, setTargetId] = useDraft(filters.targetId ?? '', (v) => onChange({ targetId: v.trim() || null }));
  const picker = {
    clearable: true,
    valueFormat: (value: string) => formatDateTime(value),
    dropdownType: phone ? ('modal' as const) : ('popover' as const),
    placeholder: 'Any time',
  };
  const fields = (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
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
          data={TARGET_TYPES as { value: string; label: string }[]}
          value={filters.targetType}
          onChange={(targetType) => onChange({ targetType })}
        />
        <TextInput label="Target ID" placeholder="Any" value={targetId} onChange={(e) => setTargetId(e.currentTarget.value)} />
        <DateTimePicker {...picker} label="From" clearButtonProps={{ 'aria-label': 'Clear From' }} value={pickerValue(filters.from)} onChange={(v) => onChange({ from: isoFromPicker(v) })} />
        <DateTimePicker {...picker} label="To" clearButtonProps={{ 'aria-label': 'Clear To' }} value={pickerValue(filters.to)} onChange={(v) => onChange({ to: isoFromPicker(v) })} />
      </SimpleGrid>
      {hasFilters(filters) && (
        <Group justify="flex-end" mt="sm">
          <Button variant="subtle" size="compact-sm" onClick={() => onChange(NO_FILTERS)}>
            Clear filters
          </Button>
        </Group>
      )}
    </>
  );
  if (!phone) {
    return (
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filters">
        {fields}
      </Paper>
    );
  }
  // On a phone the six filters would fill the first screen: they fold away behind one button.
  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-label="Filters">
      <Group justify="space-between">
        <Button variant="subtle" size="compact-md" onClick={toggle} aria-expanded={shown} aria-controls="audit-filters">
          Filters
        </Button>
        {active > 0 && (
          <Badge variant="light" tt="none">
            {active} {active === 1 ? 'filter' : 'filters'} on
          </Badge>
        )}
      </Group>
      <Collapse expanded={shown} id="audit-filters">
        <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>{fields}</div>
      </Collapse>
    </Paper>
  );
}
