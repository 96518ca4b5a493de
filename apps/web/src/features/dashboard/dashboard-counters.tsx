import { Alert, Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ACCOUNT_TYPE_NAMES, type AccountType, type PermissionKey } from '@tiergate/access';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { hasCode } from '../../api/client';
import { useCan } from '../../session/use-can';
import type { Dashboard, ReportDay } from '../../api/types';
import { formatDate } from '../../components/format';
import { PERIOD_PATTERN } from '@tiergate/access';
import { formatPeriod } from '../../components/period';
import { formatMoney } from '../../components/money';
import { StatCard, StatGrid } from '../../components/stat-card';
import { TakingsChart } from '../../components/takings-chart';
import { useDashboard } from './use-dashboard';

/** The counters in the order they are shown, with their titles. */
const SECTIONS: { key: keyof Dashboard; title: string; link: string; permission: PermissionKey }[] = [
  { key: 'subscribers', title: 'Subscribers', link: '/subscribers', permission: 'subscriber_module' },
  { key: 'expiring', title: 'Expiry alerts', link: '/subscribers', permission: 'subscriber_module' },
  { key: 'users', title: 'Resellers & Managers', link: '/users', permission: 'user_module' },
  { key: 'accounting', title: 'Accounting', link: '/invoices', permission: 'invoice_module' },
  { key: 'sales', title: 'Sales', link: '/invoices', permission: 'invoice_module' },
  { key: 'payments', title: 'Payments, last 30 days', link: '/payments', permission: 'payment_module' },
];

/** "expiringIn7Days" → "Expiring in 7 days", "byStatus.active" → "Active". */
export function words(key: string): string {
  const text = key
    .replace(/^by[A-Z]\w*\./, '')
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase()
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The labels of the counters the API sends today (apps/api/src/dashboard); other fields are put into words. */
const LABELS: Record<string, string> = {
  todayTakings: 'Taken today',
  monthTakings: 'Taken this month',
  openInvoices: 'Open invoices',
  openAmount: 'Left to pay',
  invoiced: 'Invoiced',
  paid: 'Paid',
  count: 'Invoices',
  expiringIn7Days: 'Expiring in 7 days',
};

/** A field as a label: the known ones by name, account types (users.byType.3) by their type name. */
function labelOf(key: string): string {
  if (key === 'total') return 'Total';
  const byType = /^byType\.(\d+)$/.exec(key);
  if (byType) return ACCOUNT_TYPE_NAMES[Number(byType[1]) as AccountType] ?? `Type ${byType[1]}`;
  return LABELS[key] ?? words(key);
}

const MONEY = /^-?\d+\.\d{2}$/;
const MONEY_KEY = /total|amount|balance|revenue|sales|taken|takings|owed|due|sum/i;

/** A field's value as shown: money strings (and totals) with 2 decimals in the user's locale, counts as integers. */
function display(key: string, value: number | string): string {
  if (typeof value === 'string') return MONEY.test(value) ? formatMoney(value) : /^\d{4}-\d{2}-\d{2}/.test(value) ? formatDate(value) : value;
  return MONEY_KEY.test(key) && !Number.isInteger(value) ? formatMoney(value) : value.toLocaleString();
}

function isDayArray(value: unknown): value is ReportDay[] {
  return Array.isArray(value) && value.every((d) => d && typeof d === 'object' && 'day' in d && 'total' in d);
}

interface Stat {
  key: string;
  value: number | string;
}

/** The figures of one counter, read generically: numbers and money strings (one level of nesting flattened). */
function statsOf(value: unknown, prefix = ''): Stat[] {
  if (typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))) return [{ key: prefix || 'total', value }];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'number' || typeof v === 'string'
      ? statsOf(v, prefix ? `${prefix}.${k}` : k)
      : v && typeof v === 'object' && !Array.isArray(v) && !prefix
        ? statsOf(v, k)
        : [],
  );
}

/** Lists inside a counter (e.g. the subscribers expiring soonest): names, linked when they carry an id. */
function listsOf(value: unknown): { key: string; rows: Record<string, unknown>[] }[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => Array.isArray(v) && !isDayArray(v) && v.length > 0 && v.every((r) => r && typeof r === 'object'))
    .map(([key, v]) => ({ key, rows: v as Record<string, unknown>[] }));
}

function daysOf(value: unknown): ReportDay[] | null {
  if (isDayArray(value)) return value;
  if (!value || typeof value !== 'object') return null;
  for (const v of Object.values(value as Record<string, unknown>)) if (isDayArray(v) && v.length > 0) return v;
  return null;
}

function Counter({ title: baseTitle, link, value }: { title: string; link?: string; value: unknown }) {
  const period = value && typeof value === 'object' && 'period' in value ? String((value as { period: unknown }).period) : null;
  const title = period && PERIOD_PATTERN.test(period) ? `${baseTitle} · ${formatPeriod(period)}` : baseTitle;
  const stats = statsOf(value);
  const days = daysOf(value);
  const lists = listsOf(value);
  const id = `counter-${title.toLowerCase().replace(/\W+/g, '-')}`;
  let body: ReactNode = null;
  if (stats.length === 0 && !days && lists.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        Nothing to show yet.
      </Text>
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" mb="sm" id={id}>
        {link ? (
          <Anchor component={Link} to={link} inherit c="inherit">
            {title}
          </Anchor>
        ) : (
          title
        )}
      </Title>
      {body}
      {stats.length > 0 && (
        <StatGrid>
          {stats.map((s) => (
            <StatCard key={s.key} label={labelOf(s.key)} value={display(s.key, s.value)} />
          ))}
        </StatGrid>
      )}
      {days && (
        <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
          <Text size="sm" fw={600} mb={4}>
            Takings by day
          </Text>
          <TakingsChart byDay={days} height={200} />
        </div>
      )}
      {lists.map((list) => (
        <div key={list.key} style={{ marginTop: 'var(--mantine-spacing-md)' }}>
          <Text size="sm" fw={600} mb={4}>
            {words(list.key)}
          </Text>
          <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.rows.slice(0, 8).map((row, i) => {
              const name = String(row.name ?? row.username ?? row.number ?? `#${row.id ?? i + 1}`);
              const when = row.expiresAt ?? row.at ?? row.createdAt;
              return (
                <Text key={String(row.id ?? i)} size="sm" component="li">
                  {typeof row.id === 'number' && list.key.toLowerCase().includes('subscriber') ? (
                    <Anchor component={Link} to={`/subscribers/${row.id}`} size="sm">
                      {name}
                    </Anchor>
                  ) : (
                    name
                  )}
                  {typeof when === 'string' && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {formatDate(when)}
                    </Text>
                  )}
                </Text>
              );
            })}
          </Stack>
        </div>
      ))}
    </Paper>
  );
}

/** The Dashboard's counters (GET /dashboard): each one the account's role grants, nothing for the others (R13). */
export function DashboardCounters() {
  const can = useCan();
  const dashboard = useDashboard();
  if (dashboard.isPending) return null;
  if (dashboard.isError) {
    // A server without the counters yet (404) shows the page without them; anything else is said.
    if (hasCode(dashboard.error, 'NOT_FOUND')) return null;
    return (
      <Alert color="red" role="alert" title="Could not load the counters">
        {dashboard.error.message}
      </Alert>
    );
  }
  const shown = SECTIONS.filter((s) => dashboard.data[s.key] !== undefined && dashboard.data[s.key] !== null);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="counters-title">
      <Title order={2} size="h4" mb="sm" id="counters-title">
        At a glance
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {shown.map((s) => (
          <Counter key={s.key} title={s.title} link={can(s.permission) ? s.link : undefined} value={dashboard.data[s.key]} />
        ))}
      </SimpleGrid>
    </section>
  );
}
