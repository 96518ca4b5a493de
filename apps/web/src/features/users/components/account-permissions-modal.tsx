import { Alert, Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { AccountType, ALL_PERMISSION_KEYS, type PermissionKey } from '@tiergate/access';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Account, Me } from '../../../api/types';
import { useCan } from '../../../session/use-can';
import { QueryState } from '../../../components/query-state';
import { PermissionEditor } from '../../../components/permission-editor/permission-editor';
import { useSmallScreen } from '../../../components/use-small-screen';
import { useUnsavedChanges } from '../../../components/use-unsaved-changes';
import { accountErrorMessage } from '../errors';
import type { EffectivePermissions } from '../../../api/types';
import { useEffectivePermissions } from '../use-effective-permissions';
import { useRolePermissions } from '../use-role-permissions';
import { useSetUserPermissions } from '../use-set-user-permissions';
import { type GrantExpiry, GrantExpiryFields } from './grant-expiry-fields';

/** Reasons that say nothing about the role: such a key is in the role unless the account was granted it. */
const PASSED_ROLE_STEP = new Set([
  'granted by role',
  'not allowed for the account type',
  "above the principal's permissions",
  'module switched off',
  'module permission missing',
]);

/**
 * The role's keys as far as the explanation tells them (for a caller without role_module, which cannot read the role):
 * a revoked key's membership is unknown, and it does not matter: it is out of the value either way, and checking it
 * again grants it.
 */
function roleKeysFromExplain(explain: EffectivePermissions['explain'], grants: readonly PermissionKey[]): PermissionKey[] {
  return ALL_PERMISSION_KEYS.filter((k) => {
    const reason = explain[k];
    return reason === 'granted by role' || (reason !== undefined && PASSED_ROLE_STEP.has(reason) && !grants.includes(k));
  });
}

/** Permissions (change_user_role): the account's grants and revokes on top of its role, in the shared editor. */
export function AccountPermissionsModal({ me, account, opened, onClose }: { me: Me; account: Account; opened: boolean; onClose: () => void }) {
  const phone = useSmallScreen();
  const can = useCan();
  const canReadRole = can('role_module');
  const role = useRolePermissions(account.role.id, opened && canReadRole);
  const explain = useEffectivePermissions(account.id, opened && !canReadRole);
  const dirty = useRef(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const close = () => {
    dirty.current = false;
    setConfirmClose(false);
    onClose();
  };
  const editor = (roleKeys: PermissionKey[], roleName: string) => (
    <Editor
      me={me}
      account={account}
      roleKeys={roleKeys}
      roleName={roleName}
      onDirty={(d) => {
        dirty.current = d;
      }}
      confirmClose={confirmClose}
      setConfirmClose={setConfirmClose}
      onClose={close}
    />
  );
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={() => (dirty.current ? setConfirmClose(true) : close())}
      title={`Permissions of ${account.name}`}
      size="xl"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      {canReadRole ? (
        <QueryState query={role}>{(r) => editor(r.permissions, r.displayName)}</QueryState>
      ) : (
        <QueryState query={explain}>{(e) => editor(roleKeysFromExplain(e.explain, account.grants), account.role.name)}</QueryState>
      )}
    </Modal>
  );
}

function Editor({
  me,
  account,
  roleKeys,
  roleName,
  onDirty,
  confirmClose,
  setConfirmClose,
  onClose,
}: {
  me: Me;
  account: Account;
  roleKeys: PermissionKey[];
  roleName: string;
  onDirty: (dirty: boolean) => void;
  confirmClose: boolean;
  setConfirmClose: (v: boolean) => void;
  onClose: () => void;
}) {
  const save = useSetUserPermissions(account.id);
  const roleSet = useMemo(() => new Set(roleKeys), [roleKeys]);
  const initial = useMemo(() => {
    const revoked = new Set(account.revokes);
    return [...new Set([...roleKeys, ...account.grants])].filter((k) => !revoked.has(k));
  }, [roleKeys, account]);
  const [value, setValue] = useState<PermissionKey[]>(initial);
  const [expiry, setExpiry] = useState<GrantExpiry>(account.grantExpiry);
  const chosen = useMemo(() => new Set(value), [value]);
  const grants = value.filter((k) => !roleSet.has(k));
  const revokes = roleKeys.filter((k) => !chosen.has(k));
  const expiryChanged = grants.some((k) => expiry[k] !== account.grantExpiry[k]);
  const dirty = value.length !== initial.length || initial.some((k) => !chosen.has(k)) || expiryChanged;
  const unsavedDialog = useUnsavedChanges(dirty);
  useEffect(() => {
    onDirty(dirty);
  }, [dirty, onDirty]);
  const held = me.type === AccountType.Admin ? ('all' as const) : new Set(me.permissions);

  const note = (key: PermissionKey) => {
    if (roleSet.has(key)) return chosen.has(key) ? 'from role' : 'revoked';
    return chosen.has(key) ? 'granted' : null;
  };

  const submit = () =>
    save.mutate(
      { grants: grants.map((key) => (expiry[key] ? { key, expiresAt: expiry[key] } : key)), revokes },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            title: 'Permissions saved',
            message: `${saved.name}: ${saved.grants.length} granted, ${saved.revokes.length} revoked on top of the role. It applies to the account’s very next request.`,
          });
          onClose();
        },
      },
    );

  return (
    <Stack gap="sm">
      {unsavedDialog}
      <Box
        pos="sticky"
        top={0}
        py="xs"
        style={{ zIndex: 2, background: 'var(--mantine-color-body)', borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm">
            Role <b>{roleName}</b> with <b>{grants.length}</b> granted and <b>{revokes.length}</b> revoked for this account.
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={() => (dirty ? setConfirmClose(true) : onClose())}>
              Cancel
            </Button>
            <Button onClick={submit} loading={save.isPending} disabled={!dirty}>
              Save permissions
            </Button>
          </Group>
        </Group>
        {confirmClose && (
          <Alert color="yellow" mt="xs" title="Discard unsaved changes?">
            <Group gap="xs" mt={4}>
              <Button size="compact-sm" color="red" onClick={onClose}>
                Discard changes
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setConfirmClose(false)}>
                Keep editing
              </Button>
            </Group>
          </Alert>
        )}
        {save.isError && (
          <Alert color="red" mt="xs" title="Not saved" role="alert">
            {accountErrorMessage(save.error)}
          </Alert>
        )}
      </Box>
      <Text size="sm" c="dimmed">
        Ticked keys are what the account holds before its type, its principal and the module switches are applied (see Effective permissions). Unticking a key
        of the role revokes it from this account only; ticking one the role lacks grants it.
      </Text>
      <GrantExpiryFields grants={grants} value={expiry} onChange={setExpiry} />
      <PermissionEditor type={account.type} value={value} onChange={setValue} held={held} note={note} />
    </Stack>
  );
}
