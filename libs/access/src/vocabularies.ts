import { AccountType, isStaffType, PARENT_TYPE } from './account-types';

/** Payment methods in the order reports list them, each in words (API.md "Accounting"). */
export const PAYMENT_METHOD_LABELS = {
  cash: 'Cash',
  bank: 'Bank transfer',
  mobile: 'Mobile money',
  card: 'Card',
  other: 'Other',
} as const;
export type PaymentMethod = keyof typeof PAYMENT_METHOD_LABELS;
export const PAYMENT_METHODS = Object.keys(PAYMENT_METHOD_LABELS) as PaymentMethod[];

/** A phone number: digits, spaces, ( ) and -, optionally a leading +. */
export const PHONE_PATTERN = /^\+?[0-9 ()-]{3,30}$/;

/** A subscriber's username: 3 to 64 letters, digits, dots, underscores or dashes. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;

/** The billing month `now` falls in, `YYYY-MM` in UTC: the default period of an invoice or a billing run. */
export function currentPeriod(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

/** The type of the account one acts for (R1): itself for an operator, its parent for a staff account (DESIGN §2). */
export function principalTypeOf(account: { type: AccountType }): AccountType {
  return isStaffType(account.type) ? (PARENT_TYPE[account.type] ?? AccountType.Admin) : account.type;
}

/** A ticket's priorities, lowest first, each in words (API.md "Tickets and messages"). */
export const TICKET_PRIORITY_LABELS = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' } as const;
export type TicketPriority = keyof typeof TICKET_PRIORITY_LABELS;
export const TICKET_PRIORITIES = Object.keys(TICKET_PRIORITY_LABELS) as TicketPriority[];

/** A ticket's statuses, each in words: `pending` is answered by staff and waiting on the customer (docs/decisions.md "Tickets"). */
export const TICKET_STATUS_LABELS = { open: 'Open', pending: 'Pending', closed: 'Closed' } as const;
export type TicketStatus = keyof typeof TICKET_STATUS_LABELS;
export const TICKET_STATUSES = Object.keys(TICKET_STATUS_LABELS) as TicketStatus[];

/** The longest ticket subject and reply (characters). */
export const TICKET_SUBJECT_MAX = 200;
export const TICKET_BODY_MAX = 5000;
/** A ticket's thread holds at most this many replies, so that a ticket's page stays one bounded answer. */
export const TICKET_REPLIES_MAX = 500;
