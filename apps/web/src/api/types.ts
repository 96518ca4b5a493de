import type { AccountType, PaymentMethod, PermissionKey } from '@tiergate/access';

/** The shapes of API.md, as the panel reads them. */
export interface Me {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  type: AccountType;
  typeName: string;
  parentId: number | null;
  principalId: number;
  branch: string;
  scope: 'direct' | 'subtree';
  role: { id: number; name: string; displayName: string };
  permissions: PermissionKey[];
  /** The prepaid balance the account spends from (an operator's own, a staff account's principal's); types 3-5 only. */
  balance?: Money;
  /** The installation's currency (ISO 4217), null when none is set: money is shown in it. */
  currency: string | null;
  /** Modules the Admin has switched off for the whole installation (R9). */
  disabledModules: string[];
}

export interface Role {
  id: number;
  name: string;
  displayName: string;
  type: AccountType;
  typeName: string;
  ownerId: number | null;
  isSystem: boolean;
  defaultsStatus: 'pending' | 'applied' | 'skipped';
  userCount: number;
  permissionCount: number;
  version: number;
  createdAt: string;
  permissions?: PermissionKey[];
}

export interface Account {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  type: AccountType;
  typeName: string;
  parentId: number | null;
  principalId: number;
  status: 'active' | 'disabled';
  scope: 'direct' | 'subtree';
  role: { id: number; name: string };
  grants: PermissionKey[];
  revokes: PermissionKey[];
  balance?: string | number | null;
  createdAt: string;
}

export interface Subscriber {
  id: number;
  username: string;
  name: string;
  phone: string | null;
  address: string | null;
  ownerId: number;
  packageId: number | null;
  /** The package's name, joined in by the API (an account without package keys cannot list packages). */
  packageName: string | null;
  status: 'active' | 'suspended' | 'expired';
  expiresAt: string | null;
  balance: string | number;
  createdAt: string;
}

export interface Package {
  id: number;
  name: string;
  price: number | string;
  validityDays: number;
  description: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  actorType: AccountType | null;
  principalId: number | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  changes: Record<string, unknown> | null;
}

/** Keyset pages (subscribers, audit, accounting). */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** Money as the API writes it: a decimal string with 2 places ("1250.00"). */
export type Money = string;

export type InvoiceStatus = 'open' | 'paid' | 'void';

export interface Invoice {
  id: number;
  number: string;
  subscriberId: number;
  ownerId: number;
  period: string;
  amount: Money;
  paid: Money;
  status: InvoiceStatus;
  dueAt: string | null;
  createdAt: string;
}

/** An invoice as GET /invoices lists it: with its subscriber's name. */
export interface ListedInvoice extends Invoice {
  subscriberName: string;
}

/** GET /invoices/jobs/:jobId: a monthly generation's progress (0-100). */
export interface InvoiceJob {
  state: string;
  progress: number;
  created: number;
  skipped: number;
  /** The subscribers the run could not bill (it billed everyone else), and why. */
  failed: FailedBilling[];
  failedReason?: string | null;
}

export interface FailedBilling {
  subscriberId: number;
  /** Null when the subscriber is no longer in the reader's scope. */
  subscriberName: string | null;
  reason: string;
}

export type { PaymentMethod };

export interface Payment {
  id: number;
  subscriberId: number;
  invoiceId: number | null;
  amount: Money;
  method: PaymentMethod;
  reference: string | null;
  receivedBy: number | string | null;
  createdAt: string;
  voidedAt: string | null;
}

/** A payment as GET /payments lists it: who paid, for which invoice, and who took it (null outside the viewer's reach). */
export interface ListedPayment extends Payment {
  subscriberName: string;
  invoiceNumber: string | null;
  receivedByName: string | null;
}

export interface LedgerEntry {
  id: number;
  at: string;
  accountId?: number | null;
  subscriberId?: number | null;
  kind: string;
  amount: Money;
  balanceAfter: Money;
  refType: string | null;
  refId: number | string | null;
  note: string | null;
  /** Whose balance moved, by name: an operator's (with accountId) or a subscriber's (with subscriberId). */
  accountName?: string;
  subscriberName?: string;
  /** The invoice's number when refType is "invoice". */
  invoiceNumber: string | null;
  /** The other account's name when refType is "account" and the viewer may read it. */
  refAccountName: string | null;
}

export interface ReportDay {
  day: string;
  total: Money;
  count: number;
}

/** Invoices of a report by status: how many and for how much (a bare count accepted too). */
export type InvoiceTally = { count: number; amount: Money } | number;

/** GET /reports/summary: each section only with its permission (payment_reports, invoice_reports, subscriber_reports). */
export interface ReportSummary {
  payments?: {
    total: Money;
    count?: number;
    byDay: ReportDay[];
    byMethod: Record<string, Money> | { method: string; total: Money; count?: number }[];
    byOperator: Record<string, Money> | { operatorId?: number; ownerId?: number; name?: string; total: Money; count?: number }[];
  };
  invoices?: Record<'issued' | 'paid' | 'open' | 'void', InvoiceTally>;
  subscribers?: { active: number; suspended: number; expired: number; expiringIn7Days: number };
  /** The range the report covers, as the API resolved it. */
  from?: string;
  to?: string;
}

/** GET /dashboard: each counter only with its home_* key; the sub-shapes are read generically (numbers, a byDay array). */
export type Dashboard = Partial<Record<'subscribers' | 'users' | 'accounting' | 'expiring' | 'sales' | 'payments', unknown>>;

/** Offset pages (accounts). */
export interface CountedPage<T> {
  items: T[];
  total: number;
}

export interface ModuleSetting {
  key: string;
  label: string;
  enabled: boolean;
}
