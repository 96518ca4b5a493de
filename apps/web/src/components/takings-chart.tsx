import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import type { ReportDay } from '../api/types';
import { formatMoney } from './money';
import { dailySeries } from './report-data';

/** The axis shows short figures (260K); the tooltip and the caption give them in full. */
const AXIS = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Takings by day as bars (the Dashboard's and the Reports' chart). Screen readers get the same figures as a list,
 * since a chart alone says nothing to them.
 */
export function TakingsChart({ byDay, from, to, height = 240 }: { byDay: ReportDay[] | undefined; from?: string | null; to?: string | null; height?: number }) {
  const data = dailySeries(byDay, from, to);
  if (data.length === 0 || data.every((d) => d.total === 0)) {
    return (
      <Text c="dimmed" size="sm" py="md" ta="center">
        No payments in this period.
      </Text>
    );
  }
  return (
    <figure style={{ margin: 0 }}>
      {/* The chart's tooltip is placed absolutely: clipped here, it never widens the page. */}
      <div aria-hidden style={{ overflow: 'hidden' }}>
        <BarChart
          h={height}
          data={data}
          dataKey="label"
          series={[{ name: 'total', label: 'Takings', color: 'teal.6' }]}
          valueFormatter={(v) => formatMoney(v)}
          tickLine="none"
          gridAxis="x"
          maxBarWidth={28}
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 16 }}
          yAxisProps={{ width: 56, tickFormatter: (v: number) => AXIS.format(v) }}
        />
      </div>
      <VisuallyHidden component="figcaption">
        Takings by day:{' '}
        {data
          .filter((d) => d.total !== 0)
          .map((d) => `${d.label}: ${formatMoney(d.total)} (${d.count} ${d.count === 1 ? 'payment' : 'payments'})`)
          .join('; ') || 'none'}
        .
      </VisuallyHidden>
    </figure>
  );
}
