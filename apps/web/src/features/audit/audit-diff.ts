import { ACCOUNT_TYPE_NAMES, CATALOG, isAccountType } from '@tiergate/access';
import { formatDateTime } from '../../components/format';

/**
 * An entry's `changes` (R12: before/after, permissions added/removed) in words. The API writes a few shapes:
 * `{before?, after?}` objects (edits, creations, deletions; `permissions`, `grants`, `revokes` arrays inside),
 * `{added, removed}` key arrays (a role's permissions, predefined permissions), `{permissions}` (a copied role)
 * and small facts (`reason`, `from`, `body`…). Whatever shape comes, nothing is dropped: unknown keys are listed.
 */
export interface FieldChange {
  field: string;
  /** 'changed': before → after; 'set': only an after (created); 'removed': only a before (deleted). */
  kind: 'changed' | 'set' | 'removed';
  before: string;
  after: string;
}

export interface PermissionKeyLabel {
  key: string;
  label: string;
  module: string | null;
}

export interface PermissionChange {
  title: string;
  added: PermissionKeyLabel[];
  removed: PermissionKeyLabel[];
}

export interface ChangeSummary {
  fields: FieldChange[];
  permissions: PermissionChange[];
  facts: { field: string; value: string }[];
}

const PERMISSION_LABELS = new Map(
  CATALOG.flatMap((module) => module.permissions.map((p) => [p.key as string, { label: p.label, module: module.label }] as const)),
);

export function permissionLabel(key: string): PermissionKeyLabel {
  const known = PERMISSION_LABELS.get(key);
  return { key, label: known?.label ?? key, module: known?.module ?? null };
}

const FIELD_WORDS: Record<string, string> = {
  id: 'ID',
  ip: 'IP address',
  packageId: 'Package ID',
  parentId: 'Parent ID',
  roleId: 'Role ID',
  ownerId: 'Owner ID',
  noteId: 'Note ID',
  displayName: 'Display name',
  validityDays: 'Validity (days)',
  otherSessionsEnded: 'Other sessions signed out',
  body: 'Note',
  from: 'Copied from',
};

/** "expiresAt" → "Expires at", "packageId" → "Package ID". */
export function fieldInWords(field: string): string {
  if (FIELD_WORDS[field]) return FIELD_WORDS[field];
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase()
    .replace(/\bid\b/g, 'ID');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function valueInWords(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return field === 'enabled' ? (value ? 'on' : 'off') : value ? 'yes' : 'no';
  if (field === 'type' && isAccountType(value)) return ACCOUNT_TYPE_NAMES[value];
  if (typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((v) => valueInWords('', v)).join(', ') : 'none';
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('name' in record && 'id' in record) return `${valueInWords('', record.name)} (#${valueInWords('', record.id)})`;
    return Object.entries(record)
      .map(([k, v]) => `${fieldInWords(k)}: ${valueInWords(k, v)}`)
      .join(', ');
  }
  return String(value);
}

const PERMISSION_FIELDS: Record<string, string> = { permissions: 'Permissions', grants: 'Granted permissions', revokes: 'Revoked permissions' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function permissionChange(title: string, before: string[], after: string[]): PermissionChange | null {
  const had = new Set(before);
  const has = new Set(after);
  const added = after.filter((k) => !had.has(k)).map(permissionLabel);
  const removed = before.filter((k) => !has.has(k)).map(permissionLabel);
  return added.length || removed.length ? { title, added, removed } : null;
}

export function summarizeChanges(changes: Record<string, unknown> | null | undefined): ChangeSummary {
  const summary: ChangeSummary = { fields: [], permissions: [], facts: [] };
  if (!changes) return summary;
  const before = isRecord(changes.before) ? changes.before : null;
  const after = isRecord(changes.after) ? changes.after : null;

  if (before || after) {
    const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    for (const key of keys) {
      const old = before?.[key];
      const now = after?.[key];
      if (PERMISSION_FIELDS[key] && (isStringArray(old) || isStringArray(now))) {
        const change = permissionChange(PERMISSION_FIELDS[key], isStringArray(old) ? old : [], isStringArray(now) ? now : []);
        if (change) summary.permissions.push(change);
        continue;
      }
      if (before && after && same(old, now)) continue;
      const kind = before && after ? 'changed' : after ? 'set' : 'removed';
      summary.fields.push({ field: fieldInWords(key), kind, before: valueInWords(key, old), after: valueInWords(key, now) });
    }
  }

  const added = isStringArray(changes.added) ? changes.added : null;
  const removed = isStringArray(changes.removed) ? changes.removed : null;
  if (added || removed) {
    summary.permissions.push({ title: 'Permissions', added: (added ?? []).map(permissionLabel), removed: (removed ?? []).map(permissionLabel) });
  }
  if (isStringArray(changes.permissions)) {
    summary.permissions.push({ title: 'Permissions', added: changes.permissions.map(permissionLabel), removed: [] });
  }

  for (const [key, value] of Object.entries(changes)) {
    if (['before', 'after'].includes(key) && isRecord(value)) continue;
    if (['added', 'removed', 'permissions'].includes(key) && isStringArray(value)) continue;
    summary.facts.push({ field: fieldInWords(key), value: valueInWords(key, value) });
  }
  return summary;
}
