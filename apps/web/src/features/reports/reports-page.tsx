import '@mantine/charts/styles.css';
import { BarsList, DonutChart } from '@mantine/charts';
import { Alert, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { InvoiceTally, ReportSummary } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { dayParam } from '../../components/date-range';
import { DayRangeInputs } from '../../components/filters-panel';
import { formatMoney } from '../../components/money';
import { useUrlList } from '../../components/url-list';
import { methodLabel } from '../../components/payment-methods';
import { methodTotals, operatorTotals, type NamedTotal } from '../../components/report-data';
import { StatCard, StatGrid } from '../../components/stat-card';
import { TakingsChart } from '../../components/takings-chart';
import { useExportReportCsv } from './use-export-report-csv';
import { useReportSummary } from './use-report-summary';

const KEYS = ['from', 'to'] as const;
/** A short bar keeps its label on one line, running past the bar's end, instead of wrapping inside it. */
const BARS_STYLES = { bar: { overflow: 'visible' }, barLabel: { whiteSpace: 'nowrap', overflow: 'visible' } } as const;
const fmt = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

const PRESETS: { label: string; range: () => [string, string] }[] = [
  { label: 'Last 7 days', range: () => [fmt(dayjs().subtract(6, 'day')), fmt(dayjs())] },
  { label: 'This month', range: () => [fmt(dayjs().startOf('month')), fmt(dayjs())] },
  { label: 'Last month', range: () => [fmt(dayjs().subtract(1, 'month').startOf('month')), fmt(dayjs().subtract(1, 'month').endOf('month'))] },
];

/** An invoice status's count, with its amount beneath. */
function Tally({ label, tally, color }: { label: string; tally: InvoiceTally; color?: string }) {
  return <StatCard label={label} value={tally.count.toLocaleString()} color={color} hint={formatMoney(tally.amount)} />;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `report-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * Reports (reports_module): payments, invoices and subscribers for a range of days (This month unless chosen), each
 * section only with its permission (the API leaves out the others), and the same as CSV.
 */
export function ReportsPage() {
  const filters = useUrlList({ filters: KEYS });
  const from = dayParam(filters.params, 'from') ?? fmt(dayjs().startOf('month'));
  const to = dayParam(filters.params, 'to') ?? fmt(dayjs());
  const summary = useReportSummary(from, to);
  const exporter = useExportReportCsv();

  return (
    <>
      <PageHeader title="Reports">
        <Button variant="default" onClick={() => exporter.mutate({ from, to })} loading={exporter.isPending}>
          Export CSV
        </Button>
      </PageHeader>
      <Paper withBorder p="md" mb="md" component="section" aria-label="Date range">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SimpleGrid cols={2} spacing="sm" style={{ flex: '1 1 320px', maxWidth: 480 }}>
            <DayRangeInputs from={from} to={to} onChange={filters.set} />
          </SimpleGrid>
          <Group gap={6} wrap="wrap">
            {PRESETS.map((p) => {
              const [f, t] = p.range();
              return (
                <Button key={p.label} size="xs" variant={f === from && t === to ? 'light' : 'subtle'} onClick={() => filters.set({ from: f, to: t })}>
                  {p.label}
                </Button>
              );
            })}
          </Group>
        </Group>
      </Paper>
      {summary.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading" />
        </Center>
      ) : summary.isError ? (
        <Alert color="red" role="alert" title="Could not load the report">
          {summary.error.message}
        </Alert>
      ) : (
        <Report summary={summary.data} from={from} to={to} />
      )}
    </>
  );
}

function Report({ summary, from, to }: { summary: ReportSummary; from: string; to: string }) {
  const { payments, invoices, subscribers } = summary;
  if (!payments && !invoices && !subscribers) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        Your role includes none of the reports (payments, invoices, subscribers). Ask the account that manages yours for them.
      </Text>
    );
  }
  const count = payments?.count ?? 0;
  const methods = payments ? methodTotals(payments.byMethod, methodLabel).filter((m) => m.total !== 0) : [];
  const operators = payments ? operatorTotals(payments.byOperator).filter((m) => m.total !== 0) : [];
  return (
    <Stack gap="md">
      {payments && (
        <Section title="Payments">
          <StatGrid min={170}>
            <StatCard label="Total taken" value={formatMoney(payments.total)} color="teal.8" />
            <StatCard label="Payments" value={count.toLocaleString()} />
            <StatCard label="Average payment" value={count ? formatMoney(Number(payments.total) / count) : '—'} />
          </StatGrid>
          <Text size="sm" fw={600} mb={4} mt="md">
            Takings by day
          </Text>
          <TakingsChart byDay={payments.byDay} from={from} to={to} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="lg">
            <TakingsBars title="By method" barsLabel="Method" color="teal.2" rows={methods} />
            <TakingsBars title="By operator" barsLabel="Operator" color="blue.2" rows={operators.slice(0, 10)} />
          </SimpleGrid>
        </Section>
      )}
      {invoices && (
        <Section title="Invoices">
          <Text size="sm" c="dimmed" mb="sm">
            The invoices for the billing months this range covers, by their status now.
          </Text>
          <Group align="center" gap="xl" wrap="wrap">
            <div style={{ flex: '1 1 300px' }}>
              <StatGrid>
                <Tally label="Issued" tally={invoices.issued} />
                <Tally label="Paid" tally={invoices.paid} color="green.8" />
                <Tally label="Open" tally={invoices.open} color="orange.8" />
                <Tally label="Void" tally={invoices.void} color="dimmed" />
              </StatGrid>
            </div>
            {invoices.paid.count + invoices.open.count + invoices.void.count > 0 && (
              <div aria-hidden>
                <DonutChart
                  size={140}
                  thickness={22}
                  withLabels={false}
                  withTooltip={false}
                  chartLabel={`${invoices.issued.count.toLocaleString()} issued`}
                  data={[
                    { name: 'Paid', value: invoices.paid.count, color: 'green.6' },
                    { name: 'Open', value: invoices.open.count, color: 'orange.5' },
                    { name: 'Void', value: invoices.void.count, color: 'gray.4' },
                  ]}
                />
              </div>
            )}
          </Group>
        </Section>
      )}
      {subscribers && (
        <Section title="Subscribers">
          <StatGrid>
            <StatCard label="Active" value={subscribers.active.toLocaleString()} color="green.8" />
            <StatCard label="Suspended" value={subscribers.suspended.toLocaleString()} color="orange.8" />
            <StatCard label="Expired" value={subscribers.expired.toLocaleString()} color="red.8" />
            <StatCard label="Expiring in 7 days" value={subscribers.expiringIn7Days.toLocaleString()} />
          </StatGrid>
        </Section>
      )}
    </Stack>
  );
}

/** A breakdown of the takings (by method, by operator) as bars, or "No payments." */
function TakingsBars({ title, barsLabel, color, rows }: { title: string; barsLabel: string; color: string; rows: NamedTotal[] }) {
  return (
    <div>
      <Text size="sm" fw={600} mb="xs">
        {title}
      </Text>
      {rows.length ? (
        <BarsList
          data={rows.map((m) => ({ name: m.name, value: m.total }))}
          valueFormatter={formatMoney}
          barsLabel={barsLabel}
          valueLabel="Taken"
          barColor={color}
          styles={BARS_STYLES}
        />
      ) : (
        <Text size="sm" c="dimmed">
          No payments.
        </Text>
      )}
    </div>
  );
}
