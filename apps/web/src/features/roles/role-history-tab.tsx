import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Role, RoleVersion } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { QueryState } from '../../components/query-state';
import { KeysByModule } from './keys-by-module';
import { useRoleHistory } from './use-role-history';

/** The History tab: each version of the role (who, when, the keys added and removed), newest first, paged. */
export function RoleHistoryTab({ role }: { role: Role }) {
  const history = useRoleHistory(role.id);
  return (
    <QueryState query={history} isEmpty={(data) => data.pages[0].items.length === 0} empty="No versions recorded yet.">
      {(data) => {
        const versions = data.pages.flatMap((p) => p.items);
        return (
          <Stack gap="sm">
            {versions.map((v) => (
              <VersionCard key={v.version} role={role} version={v} />
            ))}
            {history.hasNextPage && (
              <Button variant="default" w="fit-content" onClick={() => history.fetchNextPage()} loading={history.isFetchingNextPage}>
                Show older versions
              </Button>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function VersionCard({ role, version: v }: { role: Role; version: RoleVersion }) {
  const renamed = v.added.length === 0 && v.removed.length === 0;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={`Version ${v.version}`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Stack gap={0}>
          <Title order={3} size="h5">
            Version {v.version}
          </Title>
          <Text size="sm" c="dimmed">
            {formatDateTime(v.at)} by {v.actorName}
            {' · '}
            <Text span ff="monospace" size="sm">
              {v.name}
            </Text>
          </Text>
        </Stack>
        {v.version > 1 && (
          <Button component={Link} to={`/roles/compare?a=${role.id}@${v.version - 1}&b=${role.id}@${v.version}`} size="compact-sm" variant="subtle">
            Compare with version {v.version - 1}
          </Button>
        )}
      </Group>
      {renamed ? (
        <Text size="sm">{v.version === 1 ? 'Created with no permissions.' : 'Name changed; permissions unchanged.'}</Text>
      ) : (
        <Group align="flex-start" grow wrap="wrap" gap="md">
          <Stack gap={4} miw={220}>
            <Text size="sm" fw={600}>
              Added ({v.added.length})
            </Text>
            <KeysByModule keys={v.added} color="green" />
          </Stack>
          <Stack gap={4} miw={220}>
            <Text size="sm" fw={600}>
              Removed ({v.removed.length})
            </Text>
            <KeysByModule keys={v.removed} color="red" />
          </Stack>
        </Group>
      )}
    </Paper>
  );
}
