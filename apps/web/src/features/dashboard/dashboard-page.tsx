import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMe } from '../../app/use-me';
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
