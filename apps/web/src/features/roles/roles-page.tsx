import { Anchor, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ACCOUNT_TYPE_NAMES, type AccountType } from '@tiergate/access';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Me, Role } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSmallScreen } from '../../components/use-small-screen';
import { CreateRoleModal } from './create-role-modal';
import { DefaultsStatusBadge, OwnRoleBadge, permissionCountText, SystemBadge } from './defaults-status-badge';
import { RoleActions } from './role-actions';
import { creatableTypes } from './role-rules';
import { useRoles } from './use-roles';

/** Roles & Permissions: the roles the account can see (R7), filtered by type (kept in the URL: ?type=). */
export function RolesPage() {
  const me = useMe().data!;
  const can = useCan();
  const roles = useRoles();
  const [params, setParams] = useSearchParams();
  const [adding, add] = useDisclosure();
  const typeFilter = params.get('type');
  const mayAdd = can('add_role') && creatableTypes(me).length > 0;

  const typeOptions = useMemo(() => {
    const present = new Set<AccountType>([...(roles.data ?? []).map((r) => r.type), ...creatableTypes(me)]);
    return [...present].sort((a, b) => a - b).map((t) => ({ value: String(t), label: ACCOUNT_TYPE_NAMES[t] }));
  }, [roles.data, me]);

  return (
    <Stack gap="md">
      <PageHeader title="Roles & Permissions">{mayAdd && <Button onClick={add.open}>Add role</Button>}</PageHeader>
      <Group gap="sm" align="flex-end">
        <Select
          label="Type"
          placeholder="All types"
          data={typeOptions}
          value={typeFilter}
          onChange={(v) => setParams(v ? { type: v } : {}, { replace: true })}
          clearable
          w={{ base: '100%', xs: 240 }}
        />
      </Group>
      <QueryState query={roles} isEmpty={(data) => data.length === 0} empty={mayAdd ? 'No roles yet. Add one with “Add role”.' : 'No roles to show.'}>
        {(data) => {
          const shown = typeFilter ? data.filter((r) => String(r.type) === typeFilter) : data;
          return shown.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center">
              No {ACCOUNT_TYPE_NAMES[Number(typeFilter) as AccountType] ?? ''} roles.{' '}
              <Anchor component="button" onClick={() => setParams({}, { replace: true })}>
                Show all types
              </Anchor>
            </Text>
          ) : (
            <RolesTable me={me} roles={shown} />
          );
        }}
      </QueryState>
      {mayAdd && <CreateRoleModal me={me} opened={adding} onClose={add.close} />}
    </Stack>
  );
}

function RolesTable({ me, roles }: { me: Me; roles: Role[] }) {
  const small = useSmallScreen();
  if (small) return <RoleCards me={me} roles={roles} />;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th ta="right">Users</Table.Th>
            <Table.Th ta="right">Permissions</Table.Th>
            <Table.Th>Predefined</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {roles.map((role) => (
            <Table.Tr key={role.id}>
              <Table.Td>
                <RoleName me={me} role={role} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{role.typeName}</Table.Td>
              <Table.Td ta="right">{role.userCount}</Table.Td>
              <Table.Td ta="right">{permissionCountText(role)}</Table.Td>
              <Table.Td>
                <DefaultsStatusBadge status={role.defaultsStatus} />
              </Table.Td>
              <Table.Td>
                <RoleActions me={me} role={role} withSetPermissions />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RoleName({ me, role }: { me: Me; role: Role }) {
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="wrap">
        <Anchor component={Link} to={`/roles/${role.id}`} fw={600} size="sm">
          {role.displayName}
        </Anchor>
        {role.isSystem && <SystemBadge />}
        {role.id === me.role.id && <OwnRoleBadge />}
      </Group>
      <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {role.name}
      </Text>
    </Stack>
  );
}

/** Phone width: one card per role, its facts in a line and its actions below (the table would hide them off-screen). */
function RoleCards({ me, roles }: { me: Me; roles: Role[] }) {
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Roles">
      {roles.map((role) => (
        <Paper key={role.id} withBorder radius="md" p="sm" component="li">
          <Stack gap={8}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <RoleName me={me} role={role} />
              <DefaultsStatusBadge status={role.defaultsStatus} withLabel />
            </Group>
            <Text size="sm" c="dimmed">
              {role.typeName} · {role.userCount} {role.userCount === 1 ? 'user' : 'users'} · {permissionCountText(role)} permissions
            </Text>
            <RoleActions me={me} role={role} withSetPermissions wrap />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
