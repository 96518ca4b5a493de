/**
 * The `code` of every error body the API sends (API.md), with the status it comes with. A client branches on the
 * code, never on `message`: the message is for people and names the particulars. A cause a client tells apart has a
 * code of its own; any other error carries its status's general code (`codeForStatus`).
 */
export const ERROR_CODES = {
  /** Invalid body, query or URL that no code below names (unknown fields, wrong types, bad ids). */
  VALIDATION_FAILED: 400,
  /** Permission keys that the account's or role's type may not hold; the message names the keys. */
  NOT_ALLOWED_FOR_TYPE: 400,
  /** A password change whose current password is wrong. */
  WRONG_CURRENT_PASSWORD: 400,
  /** No, a malformed or an expired access token. */
  UNAUTHENTICATED: 401,
  /** Sign-in with an unknown email or a wrong password. */
  INVALID_CREDENTIALS: 401,
  /** The session is over: signed out, revoked, its refresh token invalid or used twice, or the account deleted. */
  SESSION_ENDED: 401,
  /** The account, or one above it, is disabled. */
  ACCOUNT_DISABLED: 401,
  /** The caller lacks the route's permission; the message names the key (or `one of` the keys). */
  MISSING_PERMISSION: 403,
  /** As MISSING_PERMISSION, but the permission's module is switched off for everyone (R9). */
  MODULE_DISABLED: 403,
  /** R6: granting permissions the caller does not hold; the message names the keys. */
  GRANT_NOT_HELD: 403,
  /** `Not Eligible To This Type Of Role`. */
  NOT_ELIGIBLE_TO_ROLE_TYPE: 403,
  /** A request other than GET or HEAD sent in a preview (`X-Preview-As`): `Preview is read only`. */
  PREVIEW_READ_ONLY: 403,
  /** Any other refusal by rule (changing one's own account or role, system roles, an account type's route). */
  FORBIDDEN: 403,
  /** No such record, or outside the caller's scope (R7, R10, R11), or no such route. */
  NOT_FOUND: 404,
  /** `Not Eligible To Delete`: the record is still used (R5); the message says by what. */
  NOT_ELIGIBLE_TO_DELETE: 409,
  /** A role or package name, or a subscriber's username, that is taken. */
  DUPLICATE_NAME: 409,
  /** An email another account signs in with. */
  DUPLICATE_EMAIL: 409,
  /** The subscriber already has an invoice for that period. */
  DUPLICATE_INVOICE: 409,
  /** The record changed since the `version` the client read. */
  STALE_VERSION: 409,
  /** The caller's balance does not cover the amount. */
  INSUFFICIENT_BALANCE: 409,
  /** The change would take a balance past its limit. */
  BALANCE_LIMIT: 409,
  /** Any other state that forbids the change (a void invoice, a subscriber already suspended). */
  CONFLICT: 409,
  /** Any other refused request, with its own 4xx status: body too large (413), URL too long (414), and the like. */
  REQUEST_REJECTED: 400,
  /** Too many failed sign-ins (or current-password checks); `Retry-After` says when to try again. */
  LOGIN_THROTTLED: 429,
  /** Too many billing runs queued or running at once; `Retry-After` says when to try again. */
  TOO_MANY_RUNS: 429,
  /** Too many requests of one operator tree waiting at once in an API instance (R14); `Retry-After` says when to try again. */
  TOO_MANY_REQUESTS: 429,
  /** The database or the job queue is unavailable; try again shortly. */
  UNAVAILABLE: 503,
  /** A failure of the server itself. */
  INTERNAL_ERROR: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** The general code of an error whose cause has no code of its own. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 502:
    case 503:
    case 504:
      return 'UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'REQUEST_REJECTED';
  }
}
