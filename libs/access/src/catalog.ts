import { ACCOUNT_TYPES, AccountType } from './account-types';

/**
 * Every permission key of spec/roles-and-permissions.txt, spelled exactly as there, in its 20 modules,
 * plus the role-management keys DESIGN §3 adds to User Management. `allowedTypes` is DESIGN §3's
 * "which types may hold what"; a module without it is open to every type.
 */
const SUPERADMIN_ONLY = [AccountType.Admin] as const;
const ADMIN_AND_STAFF = [AccountType.Admin, AccountType.Staff] as const;
const SUBRESELLER_AND_BELOW = [AccountType.Subreseller, AccountType.Retailer, AccountType.SubresellerStaff, AccountType.RetailerStaff] as const;

const MODULES = [
  {
    key: 'home_dashboard',
    label: 'Home Dashboard',
    modulePermission: null,
    permissions: [
      ['home_subscriber_counter', 'View subscriber count'],
      ['home_accounting_counter', 'View accounting stats'],
      ['home_user_counter', 'View user count'],
      ['home_predictions', 'View predictions'],
      ['home_usage', 'View usage stats'],
      ['home_subscriber_expired_expiring', 'View expiry alerts'],
      ['home_sales_invoice_reports', 'View sales reports'],
      ['home_payments_reports', 'View payment reports'],
    ],
  },
  {
    key: 'my_profile',
    label: 'My Profile',
    modulePermission: 'my_profile_module',
    permissions: [
      ['my_profile_module', 'Access my profile'],
      ['edit_my_profile', 'Edit my profile'],
      ['my_profile_change_photo', 'Change profile photo'],
      ['my_profile_change_password', 'Change password'],
      ['my_profile_change_role', 'Change my role'],
      ['my_profile_settings', 'Access profile settings'],
    ],
  },
  {
    key: 'isp_management',
    label: 'ISP Management',
    modulePermission: 'isp_module',
    allowedTypes: SUPERADMIN_ONLY,
    permissions: [
      ['isp_module', 'Access ISP management'],
      ['add_isp', 'Add new ISP'],
      ['edit_isp', 'Edit ISP details'],
      ['delete_isp', 'Delete ISP'],
      ['isp_settings', 'Manage ISP settings'],
    ],
  },
  {
    key: 'branch_management',
    label: 'Branch Management',
    modulePermission: 'branch_module',
    allowedTypes: SUPERADMIN_ONLY,
    permissions: [
      ['branch_module', 'Access branch management'],
      ['add_branch', 'Add new branch'],
      ['edit_branch', 'Edit branch details'],
      ['delete_branch', 'Delete branch'],
    ],
  },
  {
    key: 'user_management',
    label: 'User Management',
    modulePermission: 'user_module',
    permissions: [
      ['user_module', 'Access user management'],
      ['add_user', 'Add new users'],
      ['edit_user', 'Edit user profiles'],
      ['delete_user', 'Delete users'],
      ['user_profile', 'View user profiles'],
      ['change_user_role', 'Change user roles'],
      ['transfer_subscriber', 'Transfer subscribers'],
      ['add_balance', 'Add user balance'],
      ['user_verification', 'Verify user documents'],
      ['user_settings', 'Manage user settings'],
      ['role_module', 'Access roles & permissions'],
      ['add_role', 'Add roles'],
      ['edit_role', 'Rename roles'],
      ['delete_role', 'Delete roles'],
      ['copy_role', 'Copy roles'],
      ['set_role_permission', 'Set role permissions'],
    ],
  },
  {
    key: 'subscriber_management',
    label: 'Subscriber Management',
    modulePermission: 'subscriber_module',
    permissions: [
      ['subscriber_module', 'Access subscriber management'],
      ['add_subscriber', 'Add new subscribers'],
      ['edit_subscriber', 'Edit subscriber profiles'],
      ['delete_subscriber', 'Delete subscribers'],
      ['subscriber_profile', 'View subscriber profiles'],
      ['subscriber_connection', 'Manage connections'],
      ['subscriber_disconnection', 'Disconnect subscribers'],
      ['subscriber_reconnection', 'Reconnect subscribers'],
      ['subscriber_package_change', 'Change packages'],
      ['subscriber_expiry_extend', 'Extend expiry'],
      ['subscriber_invoice', 'Generate a subscriber’s invoice'],
      ['subscriber_payment', 'Record payments'],
      ['subscriber_verification', 'Verify documents'],
      ['subscriber_notes', 'Manage notes'],
      ['subscriber_activity_log', 'View a subscriber’s activity log'],
    ],
  },
  {
    key: 'allow_reseller',
    label: 'Allow Reseller',
    modulePermission: null,
    allowedTypes: SUBRESELLER_AND_BELOW,
    permissions: [
      ['allow_reseller', 'Permission to manage resellers'],
      ['allow_subreseller', 'Permission to manage subresellers'],
      ['allow_retailer', 'Permission to manage retailers'],
    ],
  },
  {
    key: 'package_management',
    label: 'Package Management',
    modulePermission: 'package_module',
    allowedTypes: ADMIN_AND_STAFF,
    permissions: [
      ['package_module', 'Access package management'],
      ['add_package', 'Add new packages'],
      ['edit_package', 'Edit packages'],
      ['delete_package', 'Delete packages'],
      ['package_copy', 'Copy packages'],
      ['package_import', 'Import packages'],
      ['assign_package', 'Assign packages to users'],
      ['tax_module', 'Manage taxes/extra fees'],
      ['policy_module', 'Manage RADIUS policies'],
      ['allocation_module', 'Manage bandwidth allocation'],
    ],
  },
  {
    key: 'accounting',
    label: 'Accounting',
    modulePermission: 'accounting_module',
    permissions: [
      ['accounting_module', 'Access accounting'],
      ['ledger_module', 'View ledger'],
      ['add_ledger', 'Add ledger entries'],
      ['edit_ledger', 'Edit ledger entries'],
      ['delete_ledger', 'Delete ledger entries'],
      ['payment_module', 'Manage payments'],
      ['add_payment', 'Add payments'],
      ['edit_payment', 'Edit payments'],
      ['delete_payment', 'Delete payments'],
      ['invoice_module', 'Manage invoices'],
      ['generate_invoice', 'Generate invoices'],
      ['edit_invoice', 'Edit invoices'],
      ['delete_invoice', 'Delete invoices'],
      ['invoice_settings', 'Manage invoice settings'],
    ],
  },
  {
    key: 'voucher_management',
    label: 'Voucher Management',
    modulePermission: 'voucher_module',
    permissions: [
      ['voucher_module', 'Access voucher management'],
      ['add_voucher', 'Add vouchers'],
      ['edit_voucher', 'Edit vouchers'],
      ['delete_voucher', 'Delete vouchers'],
      ['voucher_batch', 'Manage voucher batches'],
      ['voucher_assign', 'Assign vouchers'],
    ],
  },
  {
    key: 'prepaid_card_management',
    label: 'Prepaid Card Management',
    modulePermission: 'prepaid_card_module',
    permissions: [
      ['prepaid_card_module', 'Access prepaid cards'],
      ['add_prepaid_card', 'Add prepaid cards'],
      ['edit_prepaid_card', 'Edit prepaid cards'],
      ['delete_prepaid_card', 'Delete prepaid cards'],
      ['prepaid_card_batch', 'Manage batches'],
    ],
  },
  {
    key: 'network_management',
    label: 'Network Management',
    modulePermission: 'network_module',
    permissions: [
      ['network_module', 'Access network management'],
      ['nas_module', 'Manage NAS devices'],
      ['add_nas', 'Add NAS devices'],
      ['edit_nas', 'Edit NAS devices'],
      ['delete_nas', 'Delete NAS devices'],
      ['nas_group', 'Manage NAS groups'],
      ['mikrotik_module', 'Mikrotik integration'],
      ['radius_module', 'RADIUS management'],
      ['online_users', 'View online users'],
      ['disconnect_user', 'Disconnect users'],
    ],
  },
  {
    key: 'inventory_management',
    label: 'Inventory Management',
    modulePermission: 'inventory_module',
    permissions: [
      ['inventory_module', 'Access inventory'],
      ['product_module', 'Manage products'],
      ['add_product', 'Add products'],
      ['edit_product', 'Edit products'],
      ['delete_product', 'Delete products'],
      ['stock_module', 'Manage stock'],
      ['purchase_module', 'Manage purchases'],
      ['sales_module', 'Manage sales'],
    ],
  },
  {
    key: 'department_management',
    label: 'Department Management',
    modulePermission: 'department_module',
    allowedTypes: ADMIN_AND_STAFF,
    permissions: [
      ['department_module', 'Access departments'],
      ['add_department', 'Add departments'],
      ['edit_department', 'Edit departments'],
      ['delete_department', 'Delete departments'],
    ],
  },
  {
    key: 'area_management',
    label: 'Area Management',
    modulePermission: 'area_module',
    allowedTypes: ADMIN_AND_STAFF,
    permissions: [
      ['area_module', 'Access area management'],
      ['add_area', 'Add areas'],
      ['edit_area', 'Edit areas'],
      ['delete_area', 'Delete areas'],
      ['area_group', 'Manage area groups'],
    ],
  },
  {
    key: 'ticket_management',
    label: 'Ticket Management',
    modulePermission: 'ticket_module',
    permissions: [
      ['ticket_module', 'Access tickets'],
      ['add_ticket', 'Create tickets'],
      ['edit_ticket', 'Edit tickets'],
      ['delete_ticket', 'Delete tickets'],
      ['ticket_reply', 'Reply to tickets'],
      ['ticket_assign', 'Assign tickets'],
      ['ticket_close', 'Close tickets'],
      ['ticket_priority', 'Change priority'],
    ],
  },
  {
    key: 'notice_management',
    label: 'Notice Management',
    modulePermission: 'notice_module',
    allowedTypes: ADMIN_AND_STAFF,
    permissions: [
      ['notice_module', 'Access notices'],
      ['add_notice', 'Add notices'],
      ['edit_notice', 'Edit notices'],
      ['delete_notice', 'Delete notices'],
      ['notice_publish', 'Publish notices'],
    ],
  },
  {
    key: 'note_management',
    label: 'Note Management',
    modulePermission: 'note_module',
    permissions: [
      ['note_module', 'Access notes'],
      ['add_note', 'Add notes'],
      ['edit_note', 'Edit notes'],
      ['delete_note', 'Delete notes'],
      ['private_note', 'Manage private notes'],
      ['public_note', 'Manage public notes'],
    ],
  },
  {
    key: 'sms_management',
    label: 'SMS Management',
    modulePermission: 'sms_module',
    allowedTypes: ADMIN_AND_STAFF,
    permissions: [
      ['sms_module', 'Access SMS'],
      ['send_sms', 'Send SMS'],
      ['sms_template', 'Manage templates'],
      ['sms_history', 'View SMS history'],
      ['sms_settings', 'SMS settings'],
    ],
  },
  {
    key: 'reports',
    label: 'Reports',
    modulePermission: 'reports_module',
    permissions: [
      ['reports_module', 'Access reports'],
      ['subscriber_reports', 'Subscriber reports'],
      ['accounting_reports', 'Accounting reports'],
      ['payment_reports', 'Payment reports'],
      ['invoice_reports', 'Invoice reports'],
      ['user_reports', 'User reports'],
      ['network_reports', 'Network reports'],
      ['activity_log', 'View activity logs'],
    ],
  },
] as const;

type Module = (typeof MODULES)[number];
export type ModuleKey = Module['key'];
export type PermissionKey = Module['permissions'][number][0];

export interface CatalogPermission {
  key: PermissionKey;
  label: string;
  allowedTypes: AccountType[];
}
export interface CatalogModule {
  key: ModuleKey;
  label: string;
  modulePermission: PermissionKey | null;
  permissions: CatalogPermission[];
}

/** The catalog as served by GET /api/permissions. */
export const CATALOG: readonly CatalogModule[] = MODULES.map((m) => {
  const allowedTypes: AccountType[] = 'allowedTypes' in m ? [...m.allowedTypes] : [...ACCOUNT_TYPES];
  return {
    key: m.key,
    label: m.label,
    modulePermission: m.modulePermission,
    permissions: m.permissions.map(([key, label]) => ({ key, label, allowedTypes })),
  };
});

interface KeyInfo {
  module: CatalogModule;
  label: string;
  allowedTypes: ReadonlySet<AccountType>;
}
const KEY_INFO: ReadonlyMap<string, KeyInfo> = new Map(
  CATALOG.flatMap((module) => module.permissions.map((p) => [p.key, { module, label: p.label, allowedTypes: new Set(p.allowedTypes) }] as const)),
);

export const ALL_PERMISSION_KEYS: readonly PermissionKey[] = CATALOG.flatMap((m) => m.permissions.map((p) => p.key));
export const MODULE_KEYS: readonly ModuleKey[] = CATALOG.map((m) => m.key);

export function isPermissionKey(key: string): key is PermissionKey {
  return KEY_INFO.has(key);
}

export function isModuleKey(key: string): key is ModuleKey {
  return (MODULE_KEYS as readonly string[]).includes(key);
}

export function moduleOf(key: PermissionKey): CatalogModule {
  return KEY_INFO.get(key)!.module;
}

export function permissionLabel(key: PermissionKey): string {
  return KEY_INFO.get(key)!.label;
}

/** DESIGN §3: may an account of this type hold this key at all? */
export function isAllowedForType(key: PermissionKey, type: AccountType): boolean {
  return KEY_INFO.get(key)!.allowedTypes.has(type);
}

export function allowedKeysForType(type: AccountType): PermissionKey[] {
  return ALL_PERMISSION_KEYS.filter((k) => isAllowedForType(k, type));
}
