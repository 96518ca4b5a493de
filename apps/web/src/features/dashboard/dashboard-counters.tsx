import { Alert, Anchor, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { ACCOUNT_TYPE_NAMES, isAccountType, type PermissionKey } from '@tiergate/access';
import { Link } from 'react-router';
import { hasCode } from '../../api/client';
import type { Dashboard, ReportDay } from '../../api/types';
import { formatMoney } from '../../components/money';
import { formatPeriod } from '../../components/period';
import { StatCard, StatGrid } from '../../components/stat-card';
import { TakingsChart } from '../../components/takings-chart';
import { useCan } from '../../session/use-can';
import { useDashboard } from './use-dashboard';

/** What one counter shows: labelled figures, a month, takings by day. */
interface Figures {
  stats: [label: string, value: string][];
  period?: string;
  days?: ReportDay[];
}

const count = (n: number) => n.toLocaleString();

/** The counters in the order they are shown: each reads its own part of GET /dashboard, absent without its home_* key. */
const SECTIONS: { title: string; link: string; permission: PermissionKey; figures: (d: Dashboard) => Figures | undefined }[] = [
  {
    title: 'Subscribers',
    link: '/subscribers',
    permission: 'subscriber_module',
    figures: ({ subscribers: s }) =>
      s && {
        stats: [
          ['Total', count(s.total)],
          ['Active', count(s.active)],
          ['Suspended', count(s.suspended)],
          ['Expired', count(s.expired)],
        ],
      },
  },
  {
    title: 'Expiry alerts',
    link: '/subscribers',
    permission: 'subscriber_module',
    figures: ({ expiring: e }) =>
      e && {
        stats: [
          ['Expiring in 7 days', count(e.expiringIn7Days)],
          ['Expired', count(e.expired)],
        ],
      },
  },
  {
    title: 'Resellers & Managers',
    link: '/users',
    permission: 'user_module',
    figures: ({ users: u }) =>
      u && {
        stats: [
          ['Total', count(u.total)],
          ...Object.entries(u.byType).map(([key, n]): [string, string] => {
            const type = Number(key);
            return [isAccountType(type) ? ACCOUNT_TYPE_NAMES[type] : `Type ${key}`, count(n)];
          }),
        ],
      },
  },
  {
    title: 'Accounting',
    link: '/invoices',
    permission: 'invoice_module',
    figures: ({ accounting: a }) =>
      a && {
        stats: [
          ['Taken today', formatMoney(a.todayTakings)],
          ['Taken this month', formatMoney(a.monthTakings)],
          ['Open invoices', count(a.openInvoices)],
          ['Left to pay', formatMoney(a.openAmount)],
        ],
      },
  },
  {
    title: 'Sales',
    link: '/invoices',
    permission: 'invoice_module',
    figures: ({ sales: s }) =>
      s && {
        period: s.period,
        stats: [
          ['Invoices', count(s.count)],
          ['Invoiced', formatMoney(s.invoiced)],
          ['Paid', formatMoney(s.paid)],
        ],
      },
  },
  { title: 'Payments, last 30 days', link: '/payments', permission: 'payment_module', figures: ({ payments: p }) => p && { stats: [], days: p.byDay } },
  {
    title: 'Tickets',
    link: '/tickets?status=open',
    permission: 'ticket_module',
    figures: ({ tickets: t }) =>
      t && {
        stats: [
          ['Open', count(t.open)],
          ['Pending', count(t.pending)],
          ['Assigned to me', count(t.assignedToMe)],
        ],
      },
  },
];

function Counter({ title: baseTitle, link, figures }: { title: string; link?: string; figures: Figures }) {
  const title = figures.period ? `${baseTitle} · ${formatPeriod(figures.period)}` : baseTitle;
  const id = `counter-${title.toLowerCase().replace(/\W+/g, '-')}`;
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
      {figures.stats.length > 0 && (
        <StatGrid>
          {figures.stats.map(([label, value]) => (
            <StatCard key={label} label={label} value={value} />
          ))}
        </StatGrid>
      )}
      {figures.days && (
        <div style={{ marginTop: figures.stats.length > 0 ? 'var(--mantine-spacing-md)' : undefined }}>
          <Text size="sm" fw={600} mb={4}>
            Takings by day
          </Text>
          <TakingsChart byDay={figures.days} height={200} />
        </div>
      )}
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
  const shown = SECTIONS.flatMap((s) => {
    const figures = s.figures(dashboard.data);
    return figures ? [{ ...s, figures }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="counters-title">
      <Title order={2} size="h4" mb="sm" id="counters-title">
        At a glance
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {shown.map((s) => (
          <Counter key={s.title} title={s.title} link={can(s.permission) ? s.link : undefined} figures={s.figures} />
        ))}
      </SimpleGrid>
    </section>
  );
}
