/**
 * Every action the API and the worker write to the action log (writeAudit takes only these), each in words
 * for the log and grouped for the Action log's filter, and every kind of record an entry can be about.
 */
export const AUDIT_ACTIONS = [
  { group: 'Roles', action: 'role.create', words: 'Created a role' },
  { group: 'Roles', action: 'role.rename', words: 'Renamed a role' },
  { group: 'Roles', action: 'role.copy', words: 'Copied a role' },
  { group: 'Roles', action: 'role.import', words: 'Imported a role' },
  { group: 'Roles', action: 'role.permissions.update', words: "Changed a role's permissions" },
  { group: 'Roles', action: 'role.defaults.apply', words: 'Applied predefined permissions' },
  { group: 'Roles', action: 'role.defaults.skip', words: 'Skipped predefined permissions' },
  { group: 'Roles', action: 'role.delete', words: 'Deleted a role' },
  { group: 'Governance', action: 'preview.open', words: 'Previewed the panel as a role or an account' },
  { group: 'Accounts', action: 'user.create', words: 'Created an account' },
  { group: 'Accounts', action: 'user.update', words: 'Edited an account' },
  { group: 'Accounts', action: 'user.role.update', words: "Changed an account's role" },
  { group: 'Accounts', action: 'user.permissions.update', words: "Changed an account's permissions" },
  { group: 'Accounts', action: 'user.permissions.expire', words: "An account's grants expired" },
  { group: 'Accounts', action: 'user.password.change', words: 'Changed a password' },
  { group: 'Accounts', action: 'user.delete', words: 'Deleted an account' },
  { group: 'Accounts', action: 'account.create_root', words: 'Created the Admin account' },
  { group: 'Subscribers', action: 'subscriber.create', words: 'Added a subscriber' },
  { group: 'Subscribers', action: 'subscriber.update', words: 'Edited a subscriber' },
  { group: 'Subscribers', action: 'subscriber.suspend', words: 'Suspended a subscriber' },
  { group: 'Subscribers', action: 'subscriber.reconnect', words: 'Reconnected a subscriber' },
  { group: 'Subscribers', action: 'subscriber.package.change', words: "Changed a subscriber's package" },
  { group: 'Subscribers', action: 'subscriber.expiry.extend', words: "Extended a subscriber's expiry" },
  { group: 'Subscribers', action: 'subscriber.note.add', words: 'Added a note to a subscriber' },
  { group: 'Subscribers', action: 'subscriber.delete', words: 'Deleted a subscriber' },
  { group: 'Packages', action: 'package.create', words: 'Created a package' },
  { group: 'Packages', action: 'package.update', words: 'Edited a package' },
  { group: 'Packages', action: 'package.delete', words: 'Deleted a package' },
  { group: 'Invoices', action: 'invoice.create', words: 'Created an invoice' },
  { group: 'Invoices', action: 'invoice.update', words: 'Edited an invoice' },
  { group: 'Invoices', action: 'invoice.void', words: 'Voided an invoice' },
  { group: 'Invoices', action: 'invoice.generate', words: 'Generated monthly invoices' },
  { group: 'Payments', action: 'payment.record', words: 'Recorded a payment' },
  { group: 'Payments', action: 'payment.void', words: 'Voided a payment' },
  { group: 'Tickets', action: 'ticket.create', words: 'Opened a ticket' },
  { group: 'Tickets', action: 'ticket.reply', words: 'Replied to a ticket' },
  { group: 'Tickets', action: 'ticket.update', words: 'Edited a ticket' },
  { group: 'Tickets', action: 'ticket.close', words: 'Closed a ticket' },
  { group: 'Tickets', action: 'ticket.reopen', words: 'Reopened a ticket' },
  { group: 'Tickets', action: 'ticket.delete', words: 'Deleted a ticket' },
  { group: 'Balances', action: 'balance.topup', words: "Topped up an operator's balance" },
  { group: 'Balances', action: 'balance.deduct', words: "Deducted from an operator's balance" },
  { group: 'Sign-in', action: 'auth.login', words: 'Signed in' },
  { group: 'Sign-in', action: 'auth.login_failed', words: 'Failed to sign in' },
  { group: 'Sign-in', action: 'auth.logout', words: 'Signed out' },
  { group: 'Sign-in', action: 'auth.password_change_failed', words: 'Failed to change the password' },
  { group: 'Sign-in', action: 'auth.refresh_reused', words: 'Reused an old session token (session ended)' },
  { group: 'Settings', action: 'settings.module.update', words: 'Switched a module' },
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['action'];

/** The kinds of record an entry can be about (`targetType`), for the Target filter and the log. */
export const AUDIT_TARGET_TYPES = [
  { value: 'account', label: 'Account' },
  { value: 'role', label: 'Role' },
  { value: 'subscriber', label: 'Subscriber' },
  { value: 'package', label: 'Package' },
  { value: 'module', label: 'Module' },
  { value: 'invoice', label: 'Invoice' },
  { value: 'invoice-run', label: 'Invoice run' },
  { value: 'payment', label: 'Payment' },
  { value: 'ticket', label: 'Ticket' },
] as const;

export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number]['value'];
