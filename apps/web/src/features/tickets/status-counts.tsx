import { Group, SegmentedControl, Text } from '@mantine/core';
import type { TicketStatus } from '@tiergate/access';
import { STATUS_OPTIONS } from './ticket-badges';

/** The API counts each status up to this many. */
const COUNT_CAP = 10_000;

/** The value of "any status": the segmented control needs a string. */
const ALL = 'all';

/**
 * Status: All, Open, Pending or Closed, each with how many tickets match the other filters (GET /tickets/counts);
 * always in view, above the folded filters of a phone.
 */
export function StatusCounts({
  value,
  onChange,
  counts,
}: {
  value: TicketStatus | null;
  onChange: (status: TicketStatus | null) => void;
  counts: Record<TicketStatus, number> | undefined;
}) {
  const total = counts
    ? Math.min(
        COUNT_CAP,
        Object.values(counts).reduce((a, b) => a + b, 0),
      )
    : undefined;
  const item = (value: string, label: string, n: number | undefined) => ({
    value,
    label: (
      <Group gap={6} justify="center" wrap="nowrap">
        <Text span size="sm" fw={500}>
          {label}
        </Text>
        {n !== undefined && (
          <Text span size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {n >= COUNT_CAP ? `${COUNT_CAP.toLocaleString('en-US')}+` : n.toLocaleString('en-US')}
          </Text>
        )}
      </Group>
    ),
  });
  return (
    <SegmentedControl
      aria-label="Status"
      fullWidth
      maw={560}
      value={value ?? ALL}
      onChange={(v) => onChange(v === ALL ? null : (v as TicketStatus))}
      data={[item(ALL, 'All', total), ...STATUS_OPTIONS.map((s) => item(s.value, s.label, counts?.[s.value]))]}
    />
  );
}
