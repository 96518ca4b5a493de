import type { CustomerScope } from './customer-scope';
import type { SendMessagesData } from './messages';
/** Queue and job names shared by the API (producer) and the worker (consumer). Payloads carry ids only. */
export const ROLE_DEFAULTS_QUEUE = 'role-defaults';

export enum JobName {
  ApplyRoleDefaults = 'apply-role-defaults',
  SweepRoleDefaults = 'sweep-role-defaults',
  GenerateInvoices = 'generate-invoices',
  ExpireGrants = 'expire-grants',
  SweepExpiredGrants = 'sweep-expired-grants',
  SendMessages = 'send-messages',
  SendExpiryReminders = 'send-expiry-reminders',
}

export type JobPayload =
  | { name: JobName.ApplyRoleDefaults; data: { roleId: number } }
  | { name: JobName.SweepRoleDefaults; data: Record<string, never> }
  | { name: JobName.GenerateInvoices; data: InvoiceGenerationData }
  | { name: JobName.ExpireGrants; data: { accountId: number } }
  | { name: JobName.SweepExpiredGrants; data: Record<string, never> }
  | { name: JobName.SendMessages; data: SendMessagesData }
  | { name: JobName.SendExpiryReminders; data: Record<string, never> };

/** Monthly invoices (API.md "Accounting"): a queue of its own, so a long run never delays role defaults. */
export const INVOICE_GENERATION_QUEUE = 'invoice-generation';

/** R10 as data, as the API computes it for the requester: a path prefix, or a direct-scope manager's principal. */
export type GenerationScope = CustomerScope;

/** A billing month, `YYYY-MM`: the invoices table's CHECK, the API's input rule and the CLI's `--period`. */
export const PERIOD_PATTERN = /^(?!0000)\d{4}-(0[1-9]|1[0-2])$/;

/** R14: a billing run (API or CLI) bills a month from this many months before the current UTC month… */
export const BILLING_MONTHS_BACK = 24;
/** …to this many after it. */
export const BILLING_MONTHS_AHEAD = 1;

/** The months a billing run may bill as of `now`, both ends included, as `YYYY-MM`. */
export function billingPeriodWindow(now = new Date()): { from: string; to: string } {
  const month = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
  return { from: month(-BILLING_MONTHS_BACK), to: month(BILLING_MONTHS_AHEAD) };
}

/** Why a billing run cannot bill `period` (not a month, or outside the window), to follow its name; null if it can. */
export function billingPeriodProblem(period: string, now = new Date()): string | null {
  if (!PERIOD_PATTERN.test(period)) return 'must be a month as YYYY-MM, such as 2026-11';
  const { from, to } = billingPeriodWindow(now);
  if (period < from || period > to) {
    return `must be a month from ${from} to ${to} (at most ${BILLING_MONTHS_BACK} months before the current month, UTC, and ${BILLING_MONTHS_AHEAD} after it)`;
  }
  return null;
}

export interface InvoiceGenerationData {
  /** `YYYY-MM` (PERIOD_PATTERN) */
  period: string;
  scope: GenerationScope;
  /** The account that asked: the audit actor, looked up by the worker. */
  requestedBy: number;
  /** The operator (the requester's principal) whose share of the workers the run takes (R14). */
  operatorId: number;
}

/** What a run reports as it goes (BullMQ job progress), and returns at the end. */
export interface InvoiceGenerationProgress {
  /** Subscribers looked at so far, out of `total` to bill in the scope. */
  done: number;
  total: number;
  created: number;
  /** Already billed for the period. */
  skipped: number;
  /** Not billed because billing them would break a limit (R14): the run bills everyone else. At most MAX_REPORTED_FAILURES. */
  failed: FailedBilling[];
}

/** A subscriber a run could not bill, and why (e.g. its balance would pass BALANCE_LIMIT). */
export interface FailedBilling {
  subscriberId: number;
  reason: string;
}

/** The failures a run lists (its progress lives in Redis); more are counted (total − created − skipped), not listed. */
export const MAX_REPORTED_FAILURES = 1000;

/** One run per scope and period: a second request while the first is queued or running gets the same job. */
export function invoiceGenerationJobId(scope: GenerationScope, period: string): string {
  const where = 'ownerId' in scope ? `owner-${scope.ownerId}` : `path${scope.pathPrefix.replace(/\//g, '-')}`;
  return `invoices-${period}-${where}`;
}

/*
 * R14, fair share of the workers: at most MAX_RUNS_PER_OPERATOR runs of one operator wait or run at once, and each
 * waits with BullMQ priority 1 + the number of its operator's runs ahead of it (lower runs first, equal ones in the
 * order they took that priority). Each operator's next run is thus at priority 1, in turn with every other
 * operator's next run; when a run ends, the worker moves its operator's waiting runs one rank up (to the back of
 * their new rank). See docs/decisions.md "Fair background work".
 */
export const MAX_RUNS_PER_OPERATOR = 3;
/** Sorted set of an operator's runs that wait or run: job id → when it was admitted (Redis time, ms). */
export const operatorRunsKey = (prefix: string, operatorId: number) => `${prefix}:${INVOICE_GENERATION_QUEUE}-operator:${operatorId}`;

/** Kept a day after it ends, so that its progress and counts stay readable. */
export const INVOICE_GENERATION_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: { age: 24 * 3600 },
} as const;

/** One job per role: enqueuing twice (API and sweep) never runs the defaults twice. */
export function roleDefaultsJobId(roleId: number): string {
  return `role-${roleId}-defaults`;
}

export const DEFAULT_PREDEFINED_PERMISSIONS_DELAY_MS = 60_000;

/*
 * R9 across API instances. Names live under the deployment's QUEUE_PREFIX, so that deployments (or test
 * files) sharing one Redis do not wait for each other.
 */
/** Pub/sub channel on which every API instance hears that cached authorization is stale (`encodeAuthzChange`). */
export const authzChangedChannel = (prefix: string) => `${prefix}:authz-changed`;

/**
 * What a change touched, so that an instance drops only the cached entries it may have made stale (issue 17 item 6).
 * A change may name several reaches; `everything` is the fallback for a change whose reach is not known.
 */
export interface AuthzChange {
  /** Each account's own entry, and those of the staff it is the principal of (their ceiling, R6). */
  accounts?: number[];
  /** Each account and every account below it (R9: disabling an operator refuses its whole subtree). */
  subtrees?: number[];
  /** Every account holding one of these roles, and the staff of a principal holding one. */
  roles?: number[];
  /** The sessions of these accounts (ended or revoked). */
  sessionsOf?: number[];
  /** The modules switched on or off: every account's permissions, not its sessions. */
  modules?: true;
  everything?: true;
}

export const EVERY_AUTHZ_ENTRY: AuthzChange = Object.freeze({ everything: true });

/** The channel's message: `<change id> <what it touched, as JSON>`. */
export function encodeAuthzChange(changeId: string, change: AuthzChange): string {
  return `${changeId} ${JSON.stringify(change)}`;
}

/** A message in any other form (a bare change id from an older publisher, a reach this release does not know) drops everything. */
export function decodeAuthzChange(message: string): { changeId: string; change: AuthzChange } {
  const space = message.indexOf(' ');
  if (space < 0) return { changeId: message, change: EVERY_AUTHZ_ENTRY };
  const changeId = message.slice(0, space);
  try {
    const change: unknown = JSON.parse(message.slice(space + 1));
    return { changeId, change: isAuthzChange(change) ? change : EVERY_AUTHZ_ENTRY };
  } catch {
    return { changeId, change: EVERY_AUTHZ_ENTRY };
  }
}

function isAuthzChange(value: unknown): value is AuthzChange {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ids = (v: unknown) => v === undefined || (Array.isArray(v) && v.every(Number.isSafeInteger));
  const flag = (v: unknown) => v === undefined || v === true;
  const { accounts, subtrees, roles, sessionsOf, modules, everything, ...rest } = value as Record<string, unknown>;
  return Object.keys(rest).length === 0 && [accounts, subtrees, roles, sessionsOf].every(ids) && flag(modules) && flag(everything);
}
/** Each API instance answers a change here with `<change id> <instance id>` once it has dropped its cache. */
export const authzFlushedChannel = (prefix: string) => `${prefix}:authz-flushed`;
/** Sorted set of the API instances that cache, scored by their last heartbeat (Redis server time, ms). */
export const authzInstancesKey = (prefix: string) => `${prefix}:authz-instances`;

/** Retried with backoff; removed when done or failed for good, so the sweep can enqueue the same jobId again. */
export const ROLE_DEFAULTS_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: true,
} as const;

/** R15: expiring grants. A job per account and moment (`grantExpiryJobId`), delayed until the grant's `expiresAt`. */
export const GRANT_EXPIRY_QUEUE = 'grant-expiry';

/** One job per account and moment: setting the same expiry twice enqueues it once. */
export function grantExpiryJobId(accountId: number, expiresAt: Date): string {
  return `grants-${accountId}-${expiresAt.getTime()}`;
}

/** Retried with backoff; a lost job's grants are deleted by the periodic sweep (the deletion is idempotent). */
export const GRANT_EXPIRY_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: true,
  removeOnFail: true,
} as const;

/** The latest a grant may expire, in days from now: a grant meant to last longer is an ordinary grant. */
export const GRANT_EXPIRY_MAX_DAYS = 366;
