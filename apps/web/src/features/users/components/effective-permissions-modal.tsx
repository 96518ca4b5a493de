import { Badge, Group, Modal, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { CATALOG, moduleOf, type PermissionKey, type Reason } from '@tiergate/access';
import { useMemo, useState } from 'react';
import type { Account } from '../../../api/types';
import { permissionLabel } from '../../../components/describe-error';
import { formatDateTime } from '../../../components/format';
import { QueryState } from '../../../components/query-state';
import { useSmallScreen } from '../../../components/use-small-screen';
import type { EffectivePermissions } from '../../../api/types';
import { useEffectivePermissions } from '../use-effective-permissions';

/** Each reason of libs/access explainPermissions, as a person reads it, with the colour of its badge. */
export const REASON_WORDS: Readonly<Record<Reason, { label: string; color: string; help: string }>> = {
  'granted by role': { label: 'From the role', color: 'green', help: 'The account’s role holds it.' },
  'granted to the account': { label: 'Granted to this account', color: 'teal', help: 'Given to this account on top of its role.' },
  'revoked from the account': { label: 'Revoked from this account', color: 'red', help: 'Taken away from this account, whatever its role says.' },
  'not in role': { label: 'Not in the role', color: 'gray', help: 'Neither its role nor the account’s own grants include it.' },
  'not allowed for the account type': { label: 'Not for this account type', color: 'gray', help: 'Accounts of this type can never hold it.' },
  "above the principal's permissions": {
    label: 'Beyond its principal',
    color: 'orange',
    help: 'A manager never does more than the account it works for, and that account does not hold it.',
  },
  'module switched off': { label: 'Module switched off', color: 'yellow', help: 'The Admin switched this module off for everyone.' },
  'module permission missing': {
    label: 'Module access missing',
    color: 'orange',
    help: 'It only works with the module’s own access permission, which the account does not have.',
  },
};

type Show = 'granted' | 'not-granted' | 'all';

/** Effective permissions (user_profile): every key, whether it is granted and why, grouped by module. */
export function EffectivePermissionsModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const phone = useSmallScreen();
  const effective = useEffectivePermissions(account.id, opened);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={`Effective permissions of ${account.name}`}
      size="xl"
      fullScreen={phone}
    >
      <QueryState query={effective}>{(data) => <Explanation data={data} />}</QueryState>
    </Modal>
  );
}

function Explanation({ data }: { data: EffectivePermissions }) {
  const [show, setShow] = useState<Show>('granted');
  const [search, setSearch] = useState('');
  const granted = useMemo(() => new Set(data.permissions), [data]);
  const needle = search.trim().toLowerCase();
  const modules = useMemo(
    () =>
      CATALOG.map((m) => ({
        module: m,
        total: m.permissions.length,
        granted: m.permissions.filter((p) => granted.has(p.key)).length,
        rows: m.permissions.filter(
          (p) =>
            (show === 'all' || (show === 'granted') === granted.has(p.key)) &&
            (!needle || p.key.includes(needle) || p.label.toLowerCase().includes(needle) || m.label.toLowerCase().includes(needle)),
        ),
      })).filter((m) => m.rows.length > 0),
    [granted, show, needle],
  );

  return (
    <Stack gap="sm">
      <Text size="sm">
        <b>{data.permissions.length}</b> of {Object.keys(data.explain).length} permissions are in effect. A permission is in effect when the role or a grant
        gives it, it is not revoked, the account’s type may hold it, a manager’s principal holds it too, and its module is switched on.
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Name or key"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '1 1 200px' }}
        />
        <SegmentedControl
          aria-label="Show"
          value={show}
          onChange={(v) => setShow(v as Show)}
          data={[
            { value: 'granted', label: 'Granted' },
            { value: 'not-granted', label: 'Not granted' },
            { value: 'all', label: 'All' },
          ]}
        />
      </Group>
      {modules.length === 0 && (
        <Text c="dimmed" ta="center" py="md">
          {needle ? `No permission matches “${search.trim()}”.` : show === 'granted' ? 'This account holds no permission.' : 'Nothing to show.'}
        </Text>
      )}
      {modules.map(({ module, total, granted: count, rows }) => (
        <Paper key={module.key} withBorder radius="md" p="sm" component="section" aria-label={module.label}>
          <Group justify="space-between" mb={6} wrap="nowrap">
            <Text fw={600} size="sm">
              {module.label}
            </Text>
            <Badge variant="light" color={count ? 'blue' : 'gray'} style={{ textTransform: 'none', flexShrink: 0 }}>
              {count} of {total} granted
            </Badge>
          </Group>
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {rows.map((p) => (
              <KeyRow key={p.key} permission={p.key} reason={data.explain[p.key]} granted={granted.has(p.key)} expiresAt={data.expiresAt[p.key]} />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function KeyRow({
  permission,
  reason,
  granted,
  expiresAt,
}: {
  permission: PermissionKey;
  reason: Reason | undefined;
  granted: boolean;
  /** R15: when the grant that gives it stops counting. */
  expiresAt: string | undefined;
}) {
  const words = reason ? REASON_WORDS[reason] : null;
  const gate = moduleOf(permission).modulePermission;
  const help = reason === 'module permission missing' && gate ? `It needs “${permissionLabel(gate)}” (${gate}), which is not in effect.` : words?.help;
  return (
    <Group component="li" justify="space-between" gap="xs" wrap="wrap" py={2} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <div style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Text size="sm" c={granted ? undefined : 'dimmed'}>
          <Text span aria-label={granted ? 'Granted' : 'Not granted'} c={granted ? 'green' : 'gray'} fw={700} mr={6}>
            {granted ? '✓' : '✕'}
          </Text>
          {permissionLabel(permission)}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {permission}
        </Text>
      </div>
      {words && (
        <Stack gap={0} align="flex-end" style={{ maxWidth: 320 }}>
          <Badge color={words.color} variant={granted ? 'light' : 'outline'} style={{ textTransform: 'none' }} title={help}>
            {words.label}
          </Badge>
          {expiresAt && (
            <Text size="xs" c="orange.8" ta="right">
              expires {formatDateTime(expiresAt)}
            </Text>
          )}
          {!granted && reason !== 'not in role' && (
            <Text size="xs" c="dimmed" ta="right">
              {help}
            </Text>
          )}
        </Stack>
      )}
    </Group>
  );
}
