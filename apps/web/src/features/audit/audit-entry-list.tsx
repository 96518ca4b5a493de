import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { ACCOUNT_TYPE_NAMES, isAccountType, type PermissionKey } from '@tiergate/access';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry, Me } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { formatDateTime } from '../../components/format';
import { useSmallScreen } from '../../components/use-small-screen';
import { actionInWords, targetTypeInWords } from './audit-actions';
import { AuditEntryDetails } from './audit-entry-details';
import type { AuditFilters } from './audit-filters';

/** Where a target's own screen is, and the permission that opens it (UI.md); none for deleted records. */
const TARGET_SCREENS: Record<string, { path: (id: string) => string; permission: PermissionKey }> = {
  account: { path: (id) => `/users/${id}`, permission: 'user_profile' },
  role: { path: (id) => `/roles/${id}`, permission: 'role_module' },
  subscriber: { path: (id) => `/subscribers/${id}`, permission: 'subscriber_profile' },
  package: { path: () => '/packages', permission: 'package_module' },
};

/** The target's own screen, when this account may open it: its own account is "My profile", its principal none. */
function targetHref(entry: AuditEntry, me: Me | null | undefined, can: (key: PermissionKey) => boolean): string | null {
  const screen = entry.targetType ? TARGET_SCREENS[entry.targetType] : undefined;
  if (!screen || !entry.targetId || !me || entry.action.endsWith('.delete')) return null;
  if (entry.targetType === 'account') {
    if (entry.targetId === String(me.id)) return can('my_profile_module') ? '/profile' : null;
    if (entry.targetId === String(me.principalId)) return null;
  }
  return can(screen.permission) ? screen.path(entry.targetId) : null;
}

function When({ at, dimmed }: { at: string; dimmed?: boolean }) {
  return (
    <Text size={dimmed ? 'xs' : 'sm'} c={dimmed ? 'dimmed' : undefined} component="time" dateTime={at} style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(at)}
    </Text>
  );
}

function Who({ entry }: { entry: AuditEntry }) {
  const kind = isAccountType(entry.actorType)
    ? ACCOUNT_TYPE_NAMES[entry.actorType]
    : entry.actorId === null && entry.action.startsWith('auth.')
      ? 'Not signed in'
      : 'Automatic';
  return (
    <div>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {entry.actorName === 'system' ? 'System' : entry.actorName}
      </Text>
      <Text size="xs" c="dimmed">
        {kind}
      </Text>
    </div>
  );
}

function Target({ entry }: { entry: AuditEntry }) {
  const can = useCan();
  const me = useMe().data;
  if (!entry.targetType && !entry.targetLabel)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const label = entry.targetLabel ?? (entry.targetId ? `#${entry.targetId}` : '—');
  const href = targetHref(entry, me, can);
  return (
    <div>
      {href ? (
        <Anchor component={Link} to={href} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {label}
        </Anchor>
      ) : (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {label}
        </Text>
      )}
      {entry.targetType && (
        <Text size="xs" c="dimmed">
          {targetTypeInWords(entry.targetType)}
          {entry.targetId && ` #${entry.targetId}`}
        </Text>
      )}
    </div>
  );
}

function DetailsButton({ id, open, onToggle }: { id: number; open: boolean; onToggle: () => void }) {
  return (
    <Button size="compact-sm" variant={open ? 'light' : 'subtle'} aria-expanded={open} aria-controls={`audit-entry-${id}`} onClick={onToggle}>
      Details
    </Button>
  );
}

/** The log's entries: a table on wide screens, a stack of cards on phones; each opens to its details. */
export function AuditEntryList({ entries, onFilter }: { entries: AuditEntry[]; onFilter: (next: Partial<AuditFilters>) => void }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const phone = useSmallScreen();
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (phone) {
    return (
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Entries">
        {entries.map((entry) => (
          <Paper component="li" key={entry.id} withBorder p="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div>
                <Text fw={600} size="sm">
                  {actionInWords(entry.action)}
                </Text>
                <When at={entry.at} dimmed />
              </div>
              <DetailsButton id={entry.id} open={open.has(entry.id)} onToggle={() => toggle(entry.id)} />
            </Group>
            <SimpleGrid cols={2} spacing="xs" mt={6}>
              <Who entry={entry} />
              <Target entry={entry} />
            </SimpleGrid>
            {open.has(entry.id) && (
              <div id={`audit-entry-${entry.id}`}>
                <AuditEntryDetails entry={entry} onFilter={onFilter} />
              </div>
            )}
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Fragment key={entry.id}>
              <Table.Tr>
                <Table.Td>
                  <When at={entry.at} />
                </Table.Td>
                <Table.Td>
                  <Who entry={entry} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{actionInWords(entry.action)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {entry.action}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Target entry={entry} />
                </Table.Td>
                <Table.Td ta="right">
                  <DetailsButton id={entry.id} open={open.has(entry.id)} onToggle={() => toggle(entry.id)} />
                </Table.Td>
              </Table.Tr>
              {open.has(entry.id) && (
                <Table.Tr id={`audit-entry-${entry.id}`} bg="var(--mantine-color-gray-0)">
                  <Table.Td colSpan={5} px="md">
                    <AuditEntryDetails entry={entry} onFilter={onFilter} />
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
