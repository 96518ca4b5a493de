import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Me } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { formatMoney } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { DashboardCounters } from './dashboard-counters';
import { StartCards } from './start-cards';

/**
 * Dashboard (UI.md): a greeting, the counters the account's role grants (GET /dashboard, each with its home_* key,
 * with takings by day as a chart), and the screens it may open, so that someone new knows where to start.
 */
export function DashboardPage() {
  const me = useMe();
  return (
    <>
      <PageHeader title="Dashboard" />
      <QueryState query={me} isEmpty={(data) => !data}>
        {(data) => (
          <Stack gap="lg">
            <Paper withBorder p="md">
              <Title order={2} size="h3">
                Welcome, {data!.name}
              </Title>
              <Text mt={4}>
                You are signed in as <strong>{data!.typeName}</strong> with the role <strong>{data!.role.displayName}</strong>.
              </Text>
              <PrepaidBalance me={data!} />
            </Paper>
            <DashboardCounters />
            <section aria-labelledby="start-title">
              <Title order={2} size="h4" mb="sm" id="start-title">
                Where to start
              </Title>
              <StartCards me={data!} />
            </section>
          </Stack>
        )}
      </QueryState>
    </>
  );
}

/** An operator's prepaid balance (a staff account's principal's), with its movements in the ledger when it may read them. */
function PrepaidBalance({ me }: { me: Me }) {
  const can = useCan();
  if (me.balance === undefined) return null;
  return (
    <Text mt={4}>
      {me.id === me.principalId ? 'Your prepaid balance' : 'Prepaid balance of your operator'}:{' '}
      <strong style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(me.balance)}</strong>
      {can('ledger_module') && (
        <>
          {' · '}
          <Anchor component={Link} to={`/ledger?accountId=${me.principalId}`}>
            Top-ups, deductions and transfers
          </Anchor>
        </>
      )}
    </Text>
  );
}
