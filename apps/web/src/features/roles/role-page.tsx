import { Alert, Anchor, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ALL_PERMISSION_KEYS, AccountType, type PermissionKey } from '@tiergate/access';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { hasCode } from '../../api/client';
import type { Me, Role } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { PermissionEditor } from '../../components/permission-editor/permission-editor';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import { AccessReview } from '../review';
import { DefaultsStatusBadge, OwnRoleBadge, permissionCountText, SystemBadge, waitsForDefaults } from './defaults-status-badge';
import { RoleActions } from './role-actions';
import { RoleHistoryTab } from './role-history-tab';
import { isStaleVersion, roleErrorText } from './role-errors';
import { useRole } from './use-role';
import { useExportRole } from './use-export-role';
import { useSetRolePermissions } from './use-set-role-permissions';
import { usePreview } from '../../api/preview';
import { PreviewAsButton } from '../preview';

/** A role: its facts; tabs Permissions (the shared editor, Save permissions), History and Access review; Compare, Export, Copy, Rename and Delete. */
export function RolePage() {
  const { id: raw } = useParams();
  const id = Number(raw);
  const me = useMe().data!;
  const role = useRole(id);
  const valid = Number.isInteger(id) && id > 0;

  if (!valid || hasCode(role.error, 'NOT_FOUND')) return <RoleNotFound />;
  if (role.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (role.isError) {
    return (
      <Stack>
        <PageHeader title="Role" />
        <Alert color="red" role="alert" title="Could not load this role">
          <Stack gap="xs">
            <Text size="sm">{roleErrorText(role.error)}</Text>
            <Button variant="default" size="xs" w="fit-content" onClick={() => role.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  // Keyed by id: another role's page starts with a fresh editor.
  return <RoleView key={role.data.id} me={me} role={role.data} onReload={() => role.refetch()} />;
}

function RoleNotFound() {
  return (
    <Stack>
      <PageHeader title="Role not found" />
      <Text>There is no role at this address, or it is not one your account can see. It may have been deleted.</Text>
      <Button component={Link} to="/roles" variant="default" w="fit-content">
        Back to Roles &amp; Permissions
      </Button>
    </Stack>
  );
}

interface Edit {
  /** The version and permissions the draft started from (sent back as `version`, R6 / API.md). */
  version: number;
  base: PermissionKey[];
  draft: PermissionKey[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;

const ROLE_TABS = ['permissions', 'history', 'review'] as const;

function RoleView({ me, role, onReload }: { me: Me; role: Role; onReload: () => void }) {
  const can = useCan();
  const preview = usePreview();
  const navigate = useNavigate();
  const save = useSetRolePermissions();
  const exportRole = useExportRole();
  // The tab is in the URL (?tab=history, ?tab=review), so that Back and Reload keep it.
  const [params, setParams] = useSearchParams();
  const tab = ROLE_TABS.find((t) => t === params.get('tab')) ?? 'permissions';
  const [edit, setEdit] = useState<Edit | null>(null);
  const [setNow, setSetNow] = useState(false);
  // The Admin's system role holds every key by definition (its stored set is empty).
  const server = useMemo(() => (role.type === AccountType.Admin ? [...ALL_PERMISSION_KEYS] : (role.permissions ?? [])), [role.type, role.permissions]);
  const value = edit?.draft ?? server;
  const dirty = edit !== null && !sameSet(edit.draft, edit.base);
  const unsavedDialog = useUnsavedChanges(dirty);
  const held = useMemo(() => (me.type === AccountType.Admin ? ('all' as const) : new Set(me.permissions)), [me]);
  const waiting = waitsForDefaults(role) && !setNow && !dirty;
  const staleNow = dirty && edit.version !== role.version;
  const staleOnSave = save.isError && isStaleVersion(save.error);

  const readOnlyReason = preview
    ? 'A preview is read only.'
    : role.type === AccountType.Admin
      ? 'The Admin role holds every permission; it cannot be changed.'
      : role.isSystem
        ? 'This is a system role: its permissions cannot be changed.'
        : role.id === me.role.id
          ? 'This is your own role: its permissions are changed by the account above yours.'
          : !can('set_role_permission')
            ? 'Your account may view these permissions but not change them.'
            : null;
  const readOnly = readOnlyReason !== null;

  const onChange = (next: PermissionKey[]) => {
    save.reset();
    setEdit((prev) => (prev ? { ...prev, draft: next } : { version: role.version, base: server, draft: next }));
  };
  const reload = () => {
    save.reset();
    setEdit(null);
    onReload();
  };
  const added = edit ? edit.draft.filter((k) => !edit.base.includes(k)).length : 0;
  const removed = edit ? edit.base.filter((k) => !edit.draft.includes(k)).length : 0;

  const onSave = () => {
    if (!edit) return;
    save.mutate(
      { id: role.id, permissions: edit.draft, version: edit.version },
      {
        onSuccess: (saved) => {
          setEdit(null);
          notifications.show({ color: 'green', title: 'Permissions saved', message: `${saved.displayName} now has ${saved.permissionCount} permissions.` });
        },
        onError: (error) => {
          if (!isStaleVersion(error)) notifications.show({ color: 'red', title: 'Permissions not saved', message: roleErrorText(error, role) });
        },
      },
    );
  };

  return (
    <Stack gap="md" pb={readOnly ? undefined : 'xl'}>
      {unsavedDialog}
      <Anchor component={Link} to="/roles" size="sm">
        ← Roles &amp; Permissions
      </Anchor>
      <PageHeader title={role.displayName}>
        <Button component={Link} to={`/roles/compare?a=${role.id}`} size="sm" variant="default">
          Compare
        </Button>
        <Button
          size="sm"
          variant="default"
          loading={exportRole.isPending}
          onClick={() =>
            exportRole.mutate(role.id, {
              onError: (error) => notifications.show({ color: 'red', title: 'The role was not exported', message: roleErrorText(error, role) }),
            })
          }
        >
          Export
        </Button>
        <RoleActions
          me={me}
          role={role}
          size="sm"
          onDeleted={() => {
            setEdit(null); // nothing left to save: the blocker lets the move go on
            navigate('/roles', { replace: true });
          }}
        />
        <PreviewAsButton target={{ kind: 'role', id: role.id }} />
      </PageHeader>

      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="md" verticalSpacing="sm">
          <Fact label="Type">{role.typeName}</Fact>
          <Fact label="Name">
            <Text span ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
              {role.name}
            </Text>
          </Fact>
          <Fact label="Users">{role.userCount}</Fact>
          <Fact label="Permissions">{permissionCountText(role)}</Fact>
          <Fact label="Predefined permissions">
            <DefaultsStatusBadge status={role.defaultsStatus} />
          </Fact>
          <Fact label="Created">{formatDateTime(role.createdAt)}</Fact>
        </SimpleGrid>
        {(role.isSystem || role.id === me.role.id) && (
          <Group gap={6} mt="sm">
            {role.isSystem && <SystemBadge />}
            {role.id === me.role.id && <OwnRoleBadge />}
          </Group>
        )}
      </Paper>

      <Tabs value={tab} keepMounted={false} onChange={(next) => setParams(next && next !== 'permissions' ? { tab: next } : {})}>
        <Tabs.List mb="md">
          <Tabs.Tab value="permissions">Permissions</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
          <Tabs.Tab value="review">Access review</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="permissions">
          <Stack gap="md">
            {waiting ? (
              <Paper withBorder radius="md" p="lg" role="status" aria-live="polite">
                <Group gap="md" wrap="nowrap" align="flex-start">
                  <Loader size="sm" mt={4} aria-hidden="true" />
                  <Stack gap={6}>
                    <Title order={2} size="h4">
                      Waiting for predefined permissions
                    </Title>
                    <Text size="sm">
                      A new role receives the predefined permissions of its type ({role.typeName}) from a background job shortly after it is created. They will
                      appear here on their own — there is no need to reload.
                    </Text>
                    {!readOnly && (
                      <Text size="sm" c="dimmed">
                        Rather choose them yourself?{' '}
                        <Anchor component="button" size="sm" onClick={() => setSetNow(true)}>
                          Set permissions now
                        </Anchor>{' '}
                        (the predefined ones are then not applied once you save).
                      </Text>
                    )}
                  </Stack>
                </Group>
              </Paper>
            ) : (
              <Stack gap="sm">
                {readOnlyReason && (
                  <Alert color="gray" variant="light">
                    {readOnlyReason}
                  </Alert>
                )}
                {(staleNow || staleOnSave) && (
                  <Alert color="orange" role="alert" title="Changed by someone else — reload">
                    <Stack gap="xs">
                      <Text size="sm">
                        These permissions were changed by someone else after you started editing. Reload to see the current ones (your unsaved changes will be
                        lost), then make your changes again.
                      </Text>
                      <Button variant="filled" color="orange" size="xs" w="fit-content" onClick={reload}>
                        Reload
                      </Button>
                    </Stack>
                  </Alert>
                )}
                <PermissionEditor type={role.type} value={value} onChange={onChange} held={held} readOnly={readOnly} />
              </Stack>
            )}

            {!readOnly && !waiting && (
              <Paper
                withBorder
                shadow={dirty ? 'md' : undefined}
                radius="md"
                p="sm"
                // Stays in view while there is something to save; otherwise it sits after the editor.
                style={dirty ? { position: 'sticky', bottom: 8, zIndex: 5 } : undefined}
                aria-label="Save bar"
                component="section"
              >
                <Group justify="space-between" gap="sm">
                  <Text size="sm" c={dirty ? undefined : 'dimmed'}>
                    {dirty ? `Unsaved changes: ${added} added, ${removed} removed` : 'No unsaved changes'}
                  </Text>
                  <Group gap="xs">
                    {dirty && (
                      <Button
                        variant="default"
                        onClick={() => {
                          save.reset();
                          setEdit(null);
                        }}
                        disabled={save.isPending}
                      >
                        Discard changes
                      </Button>
                    )}
                    {can('set_role_permission') && (
                      <Button onClick={onSave} disabled={!dirty || staleNow || staleOnSave} loading={save.isPending}>
                        Save permissions
                      </Button>
                    )}
                  </Group>
                </Group>
              </Paper>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <RoleHistoryTab role={role} />
        </Tabs.Panel>
        <Tabs.Panel value="review">
          <AccessReview
            target={{ kind: 'role', id: role.id }}
            removal={{
              blockedReason: readOnlyReason,
              // The ordinary, audited change of the whole set, from the version read (R6 and R15).
              remove: (keys) => save.mutateAsync({ id: role.id, permissions: server.filter((k) => !keys.includes(k)), version: role.version }),
            }}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
