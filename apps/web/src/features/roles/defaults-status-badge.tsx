import { Badge } from '@mantine/core';
import type { Role } from '../../api/types';

const STATUS: Record<Role['defaultsStatus'], { label: string; color: string; title: string }> = {
  pending: { label: 'Pending', color: 'yellow', title: 'Waiting for predefined permissions: the background job has not run yet' },
  applied: { label: 'Applied', color: 'green', title: 'The predefined permissions of its type were applied' },
  skipped: { label: 'Skipped', color: 'gray', title: 'Predefined permissions were not applied (copied role, or edited before the job ran)' },
};

/**
 * Whether a role still waits for its predefined permissions (R8). A pending role that already has permissions was
 * edited first: the job will skip it, so there is nothing to wait for.
 */
export function waitsForDefaults(role: Pick<Role, 'defaultsStatus' | 'permissionCount'>): boolean {
  return role.defaultsStatus === 'pending' && role.permissionCount === 0;
}

/** The state of a role's predefined permissions (R8). */
export function DefaultsStatusBadge({ status, withLabel = false }: { status: Role['defaultsStatus']; withLabel?: boolean }) {
  const s = STATUS[status];
  return (
    <Badge color={s.color} variant="light" radius="sm" title={s.title} style={{ textTransform: 'none', flexShrink: 0 }}>
      {withLabel ? `Predefined: ${s.label.toLowerCase()}` : s.label}
    </Badge>
  );
}

/** "System" for roles the system keeps (no rename, delete or permission changes). */
export function SystemBadge() {
  return (
    <Badge
      color="gray"
      variant="outline"
      size="sm"
      radius="sm"
      title="A system role: it cannot be renamed, deleted or changed"
      style={{ textTransform: 'none', flexShrink: 0 }}
    >
      System
    </Badge>
  );
}

/** "Your role" beside the account's own role (whose permissions it cannot change itself). */
export function OwnRoleBadge() {
  return (
    <Badge size="sm" variant="light" color="blue" radius="sm" title="The role your account holds" style={{ textTransform: 'none', flexShrink: 0 }}>
      Your role
    </Badge>
  );
}

/** A role's permission count; the Admin's system role holds every key by definition (DESIGN §3). */
export function permissionCountText(role: Pick<Role, 'type' | 'permissionCount' | 'defaultsStatus'>): string {
  if (role.type === 1) return 'All';
  if (role.defaultsStatus === 'pending' && role.permissionCount === 0) return '—';
  return String(role.permissionCount);
}
