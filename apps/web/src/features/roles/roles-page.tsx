import { Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ACCOUNT_TYPE_NAMES, type AccountType } from '@tiergate/access';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Me, Role } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { DataTable, type Column } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useUrlList } from '../../components/url-list';
import { CreateRoleModal } from './create-role-modal';
import { ImportRolesModal } from './import-roles-modal';
import { DefaultsStatusBadge, OwnRoleBadge, permissionCountText, SystemBadge } from './defaults-status-badge';
import { RoleActions } from './role-actions';
import { creatableTypes } from './role-rules';
import { UNUSED_DAYS, useRoles, useUnusedRoles } from './use-roles';
import { formatDateTime } from '../../components/format';
import { WriteGate } from '../../components/write-gate';

/** Roles & Permissions: the roles the account can see (R7), filtered by type (kept in the URL: ?type=). */
export function RolesPage() {
  const me = useMe().data!;
  const can = useCan();
  const roles = useRoles();
  const list = useUrlList({ filters: ['type'] });
  const [adding, add] = useDisclosure();
  const [importing, importer] = useDisclosure();
  const typeFilter = list.values.type;
  const mayAdd = can('add_role') && creatableTypes(me).length > 0;
  // POST /roles/import creates roles and sets their permissions: it needs both keys.
  const mayImport = mayAdd && can('set_role_permission');

  const typeOptions = useMemo(() => {
    const present = new Set<AccountType>([...(roles.data ?? []).map((r) => r.type), ...creatableTypes(me)]);
    return [...present].sort((a, b) => a - b).map((t) => ({ value: String(t), label: ACCOUNT_TYPE_NAMES[t] }));
  }, [roles.data, me]);

  return (
    <Stack gap="md">
      <PageHeader title="Roles & Permissions">
        {mayImport && (
          <WriteGate>
            <Button variant="default" onClick={importer.open}>
              Import
            </Button>
          </WriteGate>
        )}
        {mayAdd && (
          <WriteGate>
            <Button onClick={add.open}>Add role</Button>
          </WriteGate>
        )}
      </PageHeader>
      <Group gap="sm" align="flex-end">
        <Select
          label="Type"
          placeholder="All types"
          data={typeOptions}
          value={typeFilter}
          onChange={(type) => list.set({ type })}
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
              <Anchor component="button" onClick={list.clear}>
                Show all types
              </Anchor>
            </Text>
          ) : (
            <RolesTable me={me} roles={shown} />
          );
        }}
      </QueryState>
      {can('delete_role') && <UnusedRoles me={me} />}
      {mayAdd && <CreateRoleModal me={me} opened={adding} onClose={add.close} />}
      {mayImport && <ImportRolesModal me={me} opened={importing} onClose={importer.close} />}
    </Stack>
  );
}

function RolesTable({ me, roles }: { me: Me; roles: Role[] }) {
  const columns: Column<Role>[] = [
    { header: 'Name', card: 'title', cell: (role) => <RoleName me={me} role={role} /> },
    { header: 'Type', text: 'nowrap', cell: (role) => role.typeName },
    { header: 'Users', align: 'right', cell: (role) => role.userCount },
    { header: 'Permissions', align: 'right', cell: permissionCountText },
    {
      header: 'Predefined',
      card: 'aside',
      cell: (role) => <DefaultsStatusBadge status={role.defaultsStatus} />,
      cardCell: (role) => <DefaultsStatusBadge status={role.defaultsStatus} withLabel />,
    },
    {
      header: 'Actions',
      card: 'actions',
      cell: (role) => <RoleActions me={me} role={role} withSetPermissions />,
      cardCell: (role) => <RoleActions me={me} role={role} withSetPermissions wrap />,
    },
  ];
  return <DataTable label="Roles" columns={columns} rows={roles} rowKey={(r) => r.id} minWidth={900} />;
}

/** R15: roles nobody holds and nobody used lately, listed where they can be deleted. */
function UnusedRoles({ me }: { me: Me }) {
  const unused = useUnusedRoles();
  if (!unused.data?.length) return null;
  const columns: Column<Role>[] = [
    { header: 'Name', card: 'title', cell: (role) => <RoleName me={me} role={role} /> },
    { header: 'Type', text: 'nowrap', cell: (role) => role.typeName },
    { header: 'Last used', text: 'nowrap', cell: (role) => (role.lastUsedAt ? formatDateTime(role.lastUsedAt) : 'never') },
    { header: 'Created', text: 'nowrap', cell: (role) => formatDateTime(role.createdAt) },
    {
      header: 'Actions',
      card: 'actions',
      cell: (role) => <RoleActions me={me} role={role} />,
      cardCell: (role) => <RoleActions me={me} role={role} wrap />,
    },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="unused-roles-title" mt="md">
      <Title order={2} size="h3" id="unused-roles-title">
        Unused for {UNUSED_DAYS} days
      </Title>
      <Text size="sm" c="dimmed">
        Roles no account holds, that no account used in the last {UNUSED_DAYS} days. Delete those you no longer need.
      </Text>
      <DataTable label={`Unused for ${UNUSED_DAYS} days`} columns={columns} rows={unused.data} rowKey={(r) => r.id} minWidth={720} />
    </Stack>
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
