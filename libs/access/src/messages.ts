import { CustomerScope, scopedSql } from './customer-scope';

/** Customer messages (SMS, R17): what the API, the worker and the panel share. See docs/decisions.md "Customer messages". */

/** The placeholders a template or a free-text body may use, each filled from the recipient subscriber. */
export const MESSAGE_PLACEHOLDERS = ['name', 'username', 'expiresAt', 'balance'] as const;
export type MessagePlaceholder = (typeof MESSAGE_PLACEHOLDERS)[number];

export const MAX_TEMPLATE_NAME_LENGTH = 100;
/** A template's body, and a free-text body, as written (placeholders unfilled). */
export const MAX_MESSAGE_BODY_LENGTH = 1000;
/** A message once its placeholders are filled: longer ones are not sent, and fail with a reason. */
export const MAX_RENDERED_MESSAGE_LENGTH = 2000;
/** R14: the recipients one send (one job) may have; a larger group is refused with its count. */
export const MAX_MESSAGE_RECIPIENTS = 10_000;
/** R14: an operator's message jobs that may wait or run at once; past it, 429 with Retry-After. */
export const MAX_MESSAGE_JOBS_PER_OPERATOR = 3;
/** Expiry reminders: how many days before expiry, at most. */
export const MAX_REMINDER_DAYS = 60;
/** A group filter's "expiring within N days", at most. */
export const MAX_EXPIRING_IN_DAYS = 365;

export const MESSAGE_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
export const MESSAGE_PROVIDERS = ['outbox', 'http'] as const;
export type MessageProvider = (typeof MESSAGE_PROVIDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders of `body` that are not MESSAGE_PLACEHOLDERS, each once, as written (`{{foo}}`). */
export function unknownPlaceholders(body: string): string[] {
  const unknown = [...body.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((p) => !(MESSAGE_PLACEHOLDERS as readonly string[]).includes(p));
  return [...new Set(unknown)].map((p) => `{{${p}}}`);
}

/** What a placeholder is filled from. */
export interface MessageRecipient {
  name: string;
  username: string;
  expiresAt: Date | string | null;
  /** A decimal string, as stored. */
  balance: string;
}

/** The message a recipient gets: each known placeholder filled (an expiry as YYYY-MM-DD, UTC; none as empty). */
export function renderMessage(body: string, r: MessageRecipient): string {
  const values: Record<MessagePlaceholder, string> = {
    name: r.name,
    username: r.username,
    expiresAt: r.expiresAt === null ? '' : new Date(r.expiresAt).toISOString().slice(0, 10),
    balance: r.balance,
  };
  return body.replace(PLACEHOLDER, (whole, p: string) => (p in values ? values[p as MessagePlaceholder] : whole));
}

/** A group of recipients, always within the sender's scope (R10). */
export interface MessageFilter {
  status?: 'active' | 'suspended' | 'expired';
  ownerId?: number;
  /** Expiring from now to this many days ahead. */
  expiringInDays?: number;
}

export type MessageRecipients = { subscriberIds: number[] } | { filter: MessageFilter };

/** Customer messages have a queue of their own, so a large send never delays billing or role defaults. */
export const MESSAGES_QUEUE = 'messages';

export interface SendMessagesData {
  recipients: MessageRecipients;
  /** The sender's scope (R10), computed by the API. */
  scope: CustomerScope;
  /** The text to render: the template's body as it was when the send was asked, or the free text. */
  body: string;
  templateId: number | null;
  branchId: number;
  /** The account that asked (null: the command line), and its operator (whose backlog the job counts in, R14). */
  requestedBy: number | null;
  operatorId: number;
}

/** What a send reports as it goes (BullMQ job progress), and returns at the end. */
export interface SendMessagesProgress {
  done: number;
  total: number;
  sent: number;
  failed: number;
  /** Recipients without a phone number. */
  skipped: number;
}

/** Sorted set of an operator's message jobs that wait or run (R14), as operatorRunsKey is for billing runs. */
export const operatorMessageJobsKey = (prefix: string, operatorId: number) => `${prefix}:${MESSAGES_QUEUE}-operator:${operatorId}`;

/** A job retried (attempts) never sends a recipient twice: a row per (job, subscriber) is taken before sending. */
export const SEND_MESSAGES_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: { age: 24 * 3600 },
} as const;

/** The id under which expiry reminders for one expiry date are recorded (once per subscriber and date). */
export const reminderJobId = (expiresAt: Date) => `reminder-${expiresAt.toISOString().slice(0, 10)}`;

/** Whether recipient `s` has a phone to send to (one without is skipped and counted): the API counts with it, the worker sends with it. */
export const RECIPIENT_HAS_PHONE_SQL = `coalesce(btrim(s.phone), '') <> ''`;

/**
 * Who a send reaches, as conditions on `subscribers s` (R10 always among them): the listed ids or the filter's group,
 * within `scope`. The API counts with it (POST /messages/count, and when the send is asked); the worker and the CLI read the recipients with it.
 */
export function messageRecipientsSql(recipients: MessageRecipients, scope: CustomerScope, params: unknown[]): string {
  const conditions: string[] = [scopedSql(scope, 's', params)];
  const param = (value: unknown) => `$${params.push(value)}`;
  if ('subscriberIds' in recipients) {
    conditions.push(`s.id = ANY(${param(recipients.subscriberIds)}::int[])`);
  } else {
    const { status, ownerId, expiringInDays } = recipients.filter;
    if (status !== undefined) conditions.push(`s.status = ${param(status)}`);
    if (ownerId !== undefined) conditions.push(`s.owner_id = ${param(ownerId)}`);
    if (expiringInDays !== undefined) {
      conditions.push(`s.expires_at >= now() AND s.expires_at < now() + make_interval(days => ${param(expiringInDays)}::int)`);
    }
  }
  return conditions.join(' AND ');
}
