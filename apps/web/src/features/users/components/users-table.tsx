import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Account } from '../../../api/types';
import { formatDate } from '../../../components/format';
import { useSmallScreen } from '../../../components/use-small-screen';
import { StatusBadge } from './status-badge';

/** The accounts of one page: name (a link to the account), email, type, role, status, created. */
export function UsersTable({ accounts, roleNames, meId }: { accounts: Account[]; roleNames?: ReadonlyMap<number, string>; meId: number }) {
  const phone = useSmallScreen();
  if (phone) return <UsersList accounts={accounts} roleNames={roleNames} meId={meId} />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`/users/${a.id}`} fw={500}>
                  {a.name}
                </Anchor>
                {a.id === meId && (
                  <Badge ml="xs" size="xs" variant="outline">
                    You
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {a.email}
                </Text>
              </Table.Td>
              <Table.Td>{a.typeName}</Table.Td>
              <Table.Td>{roleNames?.get(a.role.id) ?? a.role.name}</Table.Td>
              <Table.Td>
                <StatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>{formatDate(a.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** At phone width the table folds into one card per account, with the same facts. */
function UsersList({ accounts, roleNames, meId }: { accounts: Account[]; roleNames?: ReadonlyMap<number, string>; meId: number }) {
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Accounts">
      {accounts.map((a) => (
        <Paper key={a.id} component="li" withBorder radius="sm" px="sm" py={8}>
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/users/${a.id}`} fw={500}>
                {a.name}
              </Anchor>
              {a.id === meId && (
                <Badge ml="xs" size="xs" variant="outline">
                  You
                </Badge>
              )}
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {a.email}
              </Text>
              <Text size="xs">
                {a.typeName} · {roleNames?.get(a.role.id) ?? a.role.name} · {formatDate(a.createdAt)}
              </Text>
            </div>
            <div style={{ flexShrink: 0 }}>
              <StatusBadge status={a.status} />
            </div>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
