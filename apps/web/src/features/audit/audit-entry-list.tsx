import { Anchor, Button, Text } from '@mantine/core';
import { ACCOUNT_TYPE_NAMES, isAccountType, type PermissionKey } from '@tiergate/access';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry, Me } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { formatDateTime } from '../../components/format';
import { DataTable, type Column } from '../../components/data-table';
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
export function AuditEntryList({
  entries,
  onFilter,
  sort,
  onSort,
  stale,
}: {
  entries: AuditEntry[];
  onFilter: (next: Partial<AuditFilters>) => void;
  sort: string | null;
  onSort: (sort: string | null) => void;
  stale: boolean;
}) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const columns: Column<AuditEntry>[] = [
    { header: 'When', sort: 'at', card: 'subtitle', cell: (e) => <When at={e.at} />, cardCell: (e) => <When at={e.at} dimmed /> },
    { header: 'Who', cell: (e) => <Who entry={e} /> },
    {
      header: 'Action',
      card: 'title',
      cell: (e) => (
        <>
          <Text size="sm">{actionInWords(e.action)}</Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {e.action}
          </Text>
        </>
      ),
      cardCell: (e) => actionInWords(e.action),
    },
    { header: 'Target', cell: (e) => <Target entry={e} /> },
    {
      header: 'Details',
      headerHidden: true,
      align: 'right',
      card: 'aside',
      cell: (e) => <DetailsButton id={e.id} open={open.has(e.id)} onToggle={() => toggle(e.id)} />,
    },
  ];
  return (
    <DataTable
      label="Entries"
      columns={columns}
      rows={entries}
      rowKey={(e) => e.id}
      sort={sort}
      defaultSort="-at"
      onSort={onSort}
      stale={stale}
      minWidth={720}
      expanded={(e) =>
        open.has(e.id) && (
          <div id={`audit-entry-${e.id}`}>
            <AuditEntryDetails entry={e} onFilter={onFilter} />
          </div>
        )
      }
    />
  );
}
