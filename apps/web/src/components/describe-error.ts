import { CATALOG, type PermissionKey } from '@tiergate/access';
import { ApiError } from '../api/client';

const LABELS: ReadonlyMap<string, string> = new Map(CATALOG.flatMap((m) => m.permissions.map((p) => [p.key, p.label] as const)));

/** A permission key as a person reads it: `add_user` → "Add new users" (the key itself if the catalog lacks it). */
export function permissionLabel(key: PermissionKey | string): string {
  return LABELS.get(key) ?? key;
}

/** "add_user, edit_user" → "“Add new users”, “Edit user profiles”": keys as a person reads them. */
export function keysInWords(list: string): string {
  return list
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => `“${permissionLabel(k)}”`)
    .join(', ');
}

/**
 * An API failure in words for a notification or a form: the API's own message where it is already written for
 * people (409 "Username … is already taken", 400 field rules, 403 rule refusals), a plain sentence where it is a
 * bare status or a permission key. Features put their own cases first and fall back to this.
 */
export function describeError(error: unknown, notFound = 'It no longer exists, or it is outside your scope.'): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Something went wrong. Try again.';
  const { status, message } = error;
  if (status === 403) {
    const anyOf = /^Missing permission: one of (.+)$/.exec(message);
    if (anyOf) return `Your account no longer has any of the ${keysInWords(anyOf[1])} permissions. Your menu has been refreshed.`;
    const missing = /^Missing permission: (.+)$/.exec(message);
    if (missing) return `Your account no longer has the ${keysInWords(missing[1])} permission. Your menu has been refreshed.`;
    return message;
  }
  if (status === 404) return notFound;
  if (status === 0 || status === 502 || status === 503 || status === 504) return 'Tiergate cannot be reached. Check the connection and try again.';
  if (status >= 500) return `The server failed (${status}). Try again; if it keeps failing, tell the administrator.`;
  return message;
}
