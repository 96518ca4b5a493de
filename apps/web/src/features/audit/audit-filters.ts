import dayjs from 'dayjs';
import type { operations } from '../../api/schema.gen';

/** The query GET /audit takes (its filters; the page's cursor and size are the caller's). */
type AuditQuery = NonNullable<operations['AuditController_list']['parameters']['query']>;

/**
 * The Action log's filters. They live in the URL (`/audit?actorId=7&action=role.create`), so a filtered log can be
 * bookmarked, shared, reloaded, and linked to from other screens (a subscriber's or an account's history).
 */
export interface AuditFilters {
  actorId: number | null;
  action: string | null;
  targetType: string | null;
  targetId: string | null;
  /** ISO 8601 with the user's offset, as picked (inclusive). */
  from: string | null;
  /** ISO 8601 with the user's offset, as picked: the whole minute shown is included. */
  to: string | null;
}

export const NO_FILTERS: AuditFilters = { actorId: null, action: null, targetType: null, targetId: null, from: null, to: null };

/** The filters' URL keys. */
export const AUDIT_FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof AuditFilters)[];

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const text = (key: string) => params.get(key)?.trim() || null;
  const actorId = Number(params.get('actorId'));
  const time = (key: string) => {
    const value = text(key);
    return value && dayjs(value).isValid() ? value : null;
  };
  return {
    actorId: Number.isSafeInteger(actorId) && actorId > 0 ? actorId : null,
    action: text('action'),
    targetType: text('targetType'),
    targetId: text('targetId'),
    from: time('from'),
    to: time('to'),
  };
}

export function hasFilters(filters: AuditFilters): boolean {
  return AUDIT_FILTER_KEYS.some((key) => filters[key] !== null);
}

/**
 * The query GET /audit takes. `to` is exclusive in the API; the picker shows minutes, so "To 14:30" asks for
 * everything up to 14:30:59.999 (one minute later, exclusive), which is what a person reading "to 14:30" expects.
 */
export function apiParams(filters: AuditFilters): AuditQuery {
  return {
    actorId: filters.actorId ?? undefined,
    action: filters.action ?? undefined,
    targetType: filters.targetType ?? undefined,
    targetId: filters.targetId ?? undefined,
    from: filters.from ? dayjs(filters.from).startOf('minute').format() : undefined,
    to: filters.to ? dayjs(filters.to).startOf('minute').add(1, 'minute').format() : undefined,
  };
}

/** The picker's value ("YYYY-MM-DD HH:mm:ss", local) ↔ the URL's ISO 8601 with the user's offset. */
export function pickerValue(iso: string | null): string | null {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : null;
}

export function isoFromPicker(value: string | Date | null): string | null {
  return value ? dayjs(value).format() : null;
}
