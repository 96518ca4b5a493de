import { ApiException } from '../api.exception';
import { isStorableDateTime } from '../fields';

/** The type of a sort column as the cursor carries its value (text, exact): a moment in UTC to the microsecond, money, text. */
export type SortType = 'timestamptz' | 'numeric' | 'text';

/**
 * Where a page starts: the sort it was made for (null: the default order), whether the page lies after or before
 * that position, and the position itself, the sort column's value (null: a NULL, or the default order) and the id.
 */
export interface KeysetCursor {
  sort: string | null;
  dir: 'after' | 'before';
  value: string | null;
  id: number;
}

/** base64url of the JSON: opaque to clients, which pass it back unchanged. */
export function writeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

const VALUE_PATTERNS: Record<SortType, (value: string) => boolean> = {
  timestamptz: (value) => value.endsWith('Z') && isStorableDateTime(value),
  numeric: (value) => /^-?\d{1,12}\.\d{2}$/.test(value),
  // PostgreSQL text holds no NUL character.
  text: (value) => !value.includes('\u0000'),
};

/**
 * The cursor a client sent, checked before any of it reaches SQL: one the API wrote for this sort (`expected`), with a
 * value of the sort column's type (`type`; none for the default order) or NULL where the column may be NULL. Anything
 * else is a 400, never a database error.
 */
export function readCursor(text: string, expected: { sort: string | null; type?: SortType; nullable?: boolean }): KeysetCursor {
  const cursor = parse(text);
  if (!cursor) throw invalidCursor('cursor is not a cursor of this list: pass a nextCursor or prevCursor back unchanged');
  if (cursor.sort !== expected.sort) throw invalidCursor('cursor was made for another sort: ask for the first page of this sort (without cursor)');
  const fits =
    expected.type === undefined ? cursor.value === null : cursor.value === null ? expected.nullable === true : VALUE_PATTERNS[expected.type](cursor.value);
  if (!fits) throw invalidCursor('cursor is not a cursor of this list: pass a nextCursor or prevCursor back unchanged');
  return cursor;
}

function parse(text: string): KeysetCursor | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { sort, dir, value, id, ...rest } = data as Record<string, unknown>;
  const valid =
    Object.keys(rest).length === 0 &&
    (sort === null || typeof sort === 'string') &&
    (dir === 'after' || dir === 'before') &&
    (value === null || typeof value === 'string') &&
    Number.isSafeInteger(id) &&
    (id as number) >= 1;
  return valid ? (data as KeysetCursor) : undefined;
}

function invalidCursor(message: string) {
  return new ApiException('VALIDATION_FAILED', message);
}
