import { AccountType } from './account-types';
import { PermissionKey } from './catalog';

/**
 * R8: what a new role of each type gets once its predefined-permissions job runs. Least privilege,
 * drawn from the spec's use cases: enough to do the type's daily work, nothing destructive, no
 * financial corrections. The owner widens a role by hand. Type 1 is the system role and holds all.
 */
const PROFILE: PermissionKey[] = ['my_profile_module', 'edit_my_profile', 'my_profile_change_password'];

const SUBSCRIBER_DESK: PermissionKey[] = [
  'subscriber_module',
  'subscriber_profile',
  'add_subscriber',
  'edit_subscriber',
  'subscriber_notes',
  'subscriber_activity_log',
];

/** An operator (types 3-5) runs its own business: its customers, its staff and their roles, its money. */
const OPERATOR: PermissionKey[] = [
  'home_subscriber_counter',
  'home_accounting_counter',
  'home_user_counter',
  'home_subscriber_expired_expiring',
  ...PROFILE,
  'user_module',
  'user_profile',
  'add_user',
  'edit_user',
  'change_user_role',
  'role_module',
  'add_role',
  'edit_role',
  'copy_role',
  'set_role_permission',
  ...SUBSCRIBER_DESK,
  'subscriber_connection',
  'subscriber_disconnection',
  'subscriber_reconnection',
  'subscriber_package_change',
  'subscriber_expiry_extend',
  'subscriber_invoice',
  'subscriber_payment',
  'accounting_module',
  'ledger_module',
  'invoice_module',
  'payment_module',
  'add_payment',
  'ticket_module',
  'add_ticket',
  'ticket_reply',
  'reports_module',
  'subscriber_reports',
  'accounting_reports',
  'activity_log',
];

/** An operator's staff (types 6-8): the spec's "Reseller Assistant" — add and look after subscribers, invoice. */
const OPERATOR_STAFF: PermissionKey[] = [
  'home_subscriber_counter',
  ...PROFILE,
  'subscriber_module',
  'subscriber_profile',
  'add_subscriber',
  'subscriber_invoice',
  'subscriber_notes',
  'ticket_module',
  'add_ticket',
  'ticket_reply',
];

export const PREDEFINED_PERMISSIONS: Readonly<Record<Exclude<AccountType, AccountType.Admin>, readonly PermissionKey[]>> = {
  // The Admin's helper: the spec's support desk — subscribers, connections, tickets, online users.
  [AccountType.Staff]: [
    'home_subscriber_counter',
    'home_subscriber_expired_expiring',
    ...PROFILE,
    ...SUBSCRIBER_DESK,
    'subscriber_connection',
    'subscriber_disconnection',
    'subscriber_reconnection',
    'package_module',
    'ticket_module',
    'add_ticket',
    'ticket_reply',
    'ticket_close',
    'network_module',
    'online_users',
    'note_module',
    'add_note',
  ],
  [AccountType.Reseller]: OPERATOR,
  [AccountType.Subreseller]: OPERATOR,
  [AccountType.Retailer]: OPERATOR,
  [AccountType.ResellerStaff]: OPERATOR_STAFF,
  [AccountType.SubresellerStaff]: OPERATOR_STAFF,
  [AccountType.RetailerStaff]: OPERATOR_STAFF,
};
