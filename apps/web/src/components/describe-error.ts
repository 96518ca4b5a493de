import { CATALOG, type ErrorCode, isPermissionKey, moduleOf, type PermissionKey } from '@tiergate/access';
import { ApiError, SESSION_ENDED } from '../api/client';

const LABELS: ReadonlyMap<string, string> = new Map(CATALOG.flatMap((m) => m.permissions.map((p) => [p.key, p.label] as const)));

/** A permission key as a person reads it: `add_user` → "Add new users" (the key itself if the catalog lacks it). */
export function permissionLabel(key: PermissionKey | string): string {
  return LABELS.get(key) ?? key;
}

/** The permission keys an error's message names (API.md: a 403 names the key; a 400 or 403 on grants, the keys). */
function keysOf(error: ApiError): PermissionKey[] {
  return error.message.split(/[\s,:]+/).filter(isPermissionKey);
}

/** [add_user, edit_user] → "“Add new users”, “Edit user profiles”": keys as a person reads them. */
function keysInWords(keys: readonly PermissionKey[]): string {
  return keys.map((k) => `“${permissionLabel(k)}”`).join(', ');
}

/** What a panel user reads for an error: a sentence, or one made from the error (its message names the particulars). */
export type Words = string | ((error: ApiError) => string);

const apiMessage = (error: ApiError) => error.message;

/**
 * The one map from the API's error codes to words (API.md, libs/access ERROR_CODES): the panel branches on the code,
 * never on the message's English. The API's own message where it is written for people and names the particulars
 * ("Username … is already taken", 400 field rules); a sentence of the panel's where it is a status or names keys.
 */
const WORDS: Record<ErrorCode, Words> = {
  VALIDATION_FAILED: apiMessage,
  NOT_ALLOWED_FOR_TYPE: (e) => `This type of account cannot hold ${keysInWords(keysOf(e))}.`,
  WRONG_CURRENT_PASSWORD: apiMessage,
  UNAUTHENTICATED: SESSION_ENDED,
  INVALID_CREDENTIALS: apiMessage,
  SESSION_ENDED: SESSION_ENDED,
  ACCOUNT_DISABLED: apiMessage,
  MISSING_PERMISSION: (e) => {
    const keys = keysOf(e);
    return keys.length > 1
      ? `Your account no longer has any of the ${keysInWords(keys)} permissions. Your menu has been refreshed.`
      : `Your account no longer has the ${keysInWords(keys)} permission. Your menu has been refreshed.`;
  },
  MODULE_DISABLED: (e) => {
    const modules = [...new Set(keysOf(e).map((k) => `“${moduleOf(k).label}”`))].join(', ');
    return `${modules} is switched off for every account; the Admin can switch it on under Modules. Your menu has been refreshed.`;
  },
  GRANT_NOT_HELD: (e) => `You cannot give permissions your own account does not hold: ${keysInWords(keysOf(e))}.`,
  NOT_ELIGIBLE_TO_ROLE_TYPE: 'Your account may not create roles of this type (Not Eligible To This Type Of Role).',
  PREVIEW_READ_ONLY: 'A preview is read only: end the preview to make changes.',
  FORBIDDEN: apiMessage,
  NOT_FOUND: 'It no longer exists, or it is outside your scope.',
  NOT_ELIGIBLE_TO_DELETE: apiMessage,
  DUPLICATE_NAME: (e) => `${e.message}. Choose another name.`,
  DUPLICATE_EMAIL: (e) => `${e.message}. Every account needs its own sign-in email: choose another one.`,
  DUPLICATE_INVOICE: apiMessage,
  STALE_VERSION: 'Changed by someone else — reload to see the current version.',
  INSUFFICIENT_BALANCE: apiMessage,
  BALANCE_LIMIT: apiMessage,
  CONFLICT: apiMessage,
  REQUEST_REJECTED: apiMessage,
  LOGIN_THROTTLED: apiMessage,
  TOO_MANY_RUNS: apiMessage,
  TOO_MANY_REQUESTS: 'Tiergate is busy with many requests of your organisation. Try again in a moment.',
  UNAVAILABLE: 'Tiergate cannot be reached. Check the connection and try again.',
  INTERNAL_ERROR: (e) => `The server failed (${e.status}). Try again; if it keeps failing, tell the administrator.`,
};

/**
 * An error in words for a notification or a form. A feature may say more for some codes where it knows the record
 * (`{ NOT_FOUND: 'This role no longer exists.' }`); every other code takes the map's words.
 */
export function describeError(error: unknown, say: Partial<Record<ErrorCode, Words>> = {}): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : 'Something went wrong. Try again.';
  const words = say[error.code] ?? WORDS[error.code];
  return typeof words === 'string' ? words : words(error);
}
