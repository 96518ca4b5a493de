import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { AuditEntry } from '../../api/types';
import { summarizeChanges, type PermissionKeyLabel } from './audit-diff';
import type { AuditFilters } from './audit-filters';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Text size="sm" fw={600} w={{ base: 110, sm: 170 }} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {children}
      </Text>
    </Group>
  );
}

function PermissionBadges({ keys, color }: { keys: PermissionKeyLabel[]; color: string }) {
  return (
    <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {keys.map((p) => (
        <li key={p.key}>
          <Badge color={color} variant="light" tt="none" fw={500} title={`${p.key}${p.module ? ` (${p.module})` : ''}`}>
            {p.label}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/** One entry in full (R12): what changed, field by field; permissions added and removed; where it came from. */
export function AuditEntryDetails({ entry, onFilter }: { entry: AuditEntry; onFilter: (next: Partial<AuditFilters>) => void }) {
  const { fields, permissions, facts } = summarizeChanges(entry.changes);
  const created = fields.length > 0 && fields.every((f) => f.kind === 'set');
  const removed = fields.length > 0 && fields.every((f) => f.kind === 'removed');
  return (
    <Stack gap="sm" py="xs">
      {fields.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h6">
            {created ? 'Recorded as' : removed ? 'As it was before' : 'Changes'}
          </Title>
          {fields.map((f) => (
            <Row key={f.field} label={f.field}>
              {f.kind === 'changed' ? (
                <>
                  <Text span size="sm" c="red.8" td="line-through">
                    {f.before}
                  </Text>
                  {' → '}
                  <Text span size="sm" c="green.9" fw={500}>
                    {f.after}
                  </Text>
                </>
              ) : f.kind === 'set' ? (
                f.after
              ) : (
                f.before
              )}
            </Row>
          ))}
        </Stack>
      )}
      {permissions.map((p) => (
        <Stack gap={6} key={p.title}>
          <Title order={3} size="h6">
            {p.title}
          </Title>
          {p.added.length > 0 && (
            <Stack gap={4}>
              <Text size="sm">Added ({p.added.length})</Text>
              <PermissionBadges keys={p.added} color="green" />
            </Stack>
          )}
          {p.removed.length > 0 && (
            <Stack gap={4}>
              <Text size="sm">Removed ({p.removed.length})</Text>
              <PermissionBadges keys={p.removed} color="red" />
            </Stack>
          )}
          {p.added.length === 0 && p.removed.length === 0 && (
            <Text size="sm" c="dimmed">
              No permission changed.
            </Text>
          )}
        </Stack>
      ))}
      <Stack gap={4}>
        {facts.map((f) => (
          <Row key={f.field} label={f.field}>
            {f.value}
          </Row>
        ))}
        <Row label="IP address">{entry.ip ?? '—'}</Row>
        <Row label="User agent">{entry.userAgent ?? '—'}</Row>
        <Row label="Entry">#{entry.id}</Row>
      </Stack>
      <Group gap="xs">
        {entry.actorId !== null && (
          <Button size="compact-sm" variant="light" onClick={() => onFilter({ actorId: entry.actorId })}>
            Only this actor
          </Button>
        )}
        {entry.targetType && entry.targetId && (
          <Button size="compact-sm" variant="light" onClick={() => onFilter({ targetType: entry.targetType, targetId: entry.targetId })}>
            Only this target
          </Button>
        )}
      </Group>
    </Stack>
  );
}
