import { Badge, Button, Collapse, Group, Paper, SimpleGrid } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useSmallScreen } from './use-small-screen';
import { dayOf } from './date-range';

/**
 * The filters above a list (the action log, the accounting lists): in a bordered box on a desktop, folded behind
 * "Filters" on a phone, where they would fill the first screen. `active` counts the filters that are set.
 */
export function FiltersPanel({
  id,
  active,
  onClear,
  columns = 4,
  children,
}: {
  id: string;
  active: number;
  onClear: () => void;
  columns?: number;
  children: ReactNode;
}) {
  const phone = useSmallScreen();
  const [shown, { toggle }] = useDisclosure(false);
  const fields = (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, md: columns }} spacing="sm" verticalSpacing="xs">
        {children}
      </SimpleGrid>
      {active > 0 && (
        <Group justify="flex-end" mt="sm">
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
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
  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-label="Filters">
      <Group justify="space-between">
        <Button variant="subtle" size="compact-md" onClick={toggle} aria-expanded={shown} aria-controls={id}>
          Filters
        </Button>
        {active > 0 && (
          <Badge variant="light" tt="none">
            {active} {active === 1 ? 'filter' : 'filters'} on
          </Badge>
        )}
      </Group>
      <Collapse expanded={shown} id={id}>
        <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>{fields}</div>
      </Collapse>
    </Paper>
  );
}

/** From and To as two day pickers (whole days in the user's time zone). */
export function DayRangeInputs({
  from,
  to,
  onChange,
}: {
  from: string | null;
  to: string | null;
  onChange: (next: { from?: string | null; to?: string | null }) => void;
}) {
  const phone = useSmallScreen();
  const common = {
    clearable: true,
    valueFormat: 'D MMM YYYY',
    dropdownType: phone ? ('modal' as const) : ('popover' as const),
    placeholder: 'Any day',
  };
  return (
    <>
      <DatePickerInput
        {...common}
        label="From"
        clearButtonProps={{ 'aria-label': 'Clear From' }}
        value={from}
        maxDate={to ?? undefined}
        onChange={(v) => onChange({ from: dayOf(v) })}
      />
      <DatePickerInput
        {...common}
        label="To"
        clearButtonProps={{ 'aria-label': 'Clear To' }}
        value={to}
        minDate={from ?? undefined}
        onChange={(v) => onChange({ to: dayOf(v) })}
      />
    </>
  );
}
