import { types } from 'node:util';

/** Socket errors, and PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now and connection_exception class. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);
/** What node-postgres and TypeORM say, without a code, when the server went away or never answered. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether an error means PostgreSQL is unreachable or restarting (the request may succeed later: 503),
 * rather than a fault of the request or of the code. Looks through TypeORM's `driverError`, `cause`
 * and AggregateError's `errors` (a refused connection to both ::1 and 127.0.0.1).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  // isNativeError, not instanceof: Node's own socket errors come from another realm under jest.
  if (!types.isNativeError(error) || depth > 3) return false;
  const { code, driverError, cause, errors } = error as Error & { code?: unknown; driverError?: unknown; errors?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (UNAVAILABLE_MESSAGES.test(error.message)) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((e) => e !== error && isDatabaseUnavailable(e, depth + 1));
}
