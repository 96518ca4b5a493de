import { AccountType, moduleOf, type PermissionKey } from '@tiergate/access';
import type { Me } from '../api/types';

/** Who may open a screen (UI.md "shown with"). */
export type ScreenAccess = { permission: PermissionKey } | { accountType: AccountType } | 'signed-in';

export type MenuGroup = 'User Management' | 'Subscriber Management' | 'Package Management' | 'Accounting' | 'Reports' | 'Settings' | 'Support';

export interface PanelRoute {
  path: string;
  /** The menu label and the page's h1 (detail pages show their record's name instead). */
  label: string;
  access: ScreenAccess;
  /** Where the screen stands in the side menu: a group, the top (no group), or not at all (detail pages). */
  menu: MenuGroup | 'top' | null;
}

/**
 * The one route table (UI.md), as data: it drives the router (app/pages.tsx gives each path its page), the permission
 * gate, the menu and the start cards. It imports no page, so any page may read it.
 */
export const ROUTES = [
  { path: '/', label: 'Dashboard', access: 'signed-in', menu: 'top' },
  { path: '/roles', label: 'Roles & Permissions', access: { permission: 'role_module' }, menu: 'User Management' },
  { path: '/roles/compare', label: 'Compare roles', access: { permission: 'role_module' }, menu: null },
  { path: '/roles/:id', label: 'Role', access: { permission: 'role_module' }, menu: null },
  { path: '/users', label: 'Resellers & Managers', access: { permission: 'user_module' }, menu: 'User Management' },
  { path: '/users/:id', label: 'Account', access: { permission: 'user_profile' }, menu: null },
  { path: '/subscribers', label: 'Subscribers', access: { permission: 'subscriber_module' }, menu: 'Subscriber Management' },
  { path: '/subscribers/:id', label: 'Subscriber', access: { permission: 'subscriber_profile' }, menu: null },
  { path: '/packages', label: 'Packages', access: { permission: 'package_module' }, menu: 'Package Management' },
  { path: '/invoices', label: 'Invoices', access: { permission: 'invoice_module' }, menu: 'Accounting' },
  { path: '/payments', label: 'Payments', access: { permission: 'payment_module' }, menu: 'Accounting' },
  { path: '/ledger', label: 'Ledger', access: { permission: 'ledger_module' }, menu: 'Accounting' },
  { path: '/reports', label: 'Reports', access: { permission: 'reports_module' }, menu: 'Reports' },
  { path: '/audit', label: 'Action log', access: { permission: 'activity_log' }, menu: 'Reports' },
  { path: '/settings/modules', label: 'Modules', access: { accountType: AccountType.Admin }, menu: 'Settings' },
  { path: '/profile', label: 'My profile', access: { permission: 'my_profile_module' }, menu: null },
  { path: '/tickets', label: 'Tickets', access: { permission: 'ticket_module' }, menu: 'Support' },
  { path: '/tickets/:id', label: 'Ticket', access: { permission: 'ticket_module' }, menu: null },
  { path: '/messages', label: 'Messages', access: { permission: 'sms_module' }, menu: 'Support' },
] as const satisfies readonly PanelRoute[];

export type RoutePath = (typeof ROUTES)[number]['path'];

export const MENU_GROUPS: readonly MenuGroup[] = [
  'User Management',
  'Subscriber Management',
  'Package Management',
  'Accounting',
  'Reports',
  'Settings',
  'Support',
];

/** R13: may this account open this screen? */
export function mayOpen(access: ScreenAccess, me: Pick<Me, 'type' | 'permissions'>): boolean {
  if (access === 'signed-in') return true;
  if ('accountType' in access) return me.type === access.accountType;
  return me.permissions.includes(access.permission);
}

/** The module a screen belongs to when the Admin has switched it off for everyone (R9): why it cannot be opened. */
export function switchedOffModule(access: ScreenAccess, me: Pick<Me, 'disabledModules'>): string | undefined {
  if (access === 'signed-in' || !('permission' in access)) return undefined;
  const module = moduleOf(access.permission);
  return me.disabledModules.includes(module.key) ? module.label : undefined;
}

export interface MenuSection {
  group: MenuGroup | null;
  routes: PanelRoute[];
}

/** The side menu for an account: only screens it may open, groups without any left out, in the table's order. */
export function menuFor(me: Pick<Me, 'type' | 'permissions'>): MenuSection[] {
  const visible: PanelRoute[] = ROUTES.filter((r) => r.menu !== null && mayOpen(r.access, me));
  const top: MenuSection = { group: null, routes: visible.filter((r) => r.menu === 'top') };
  const grouped = MENU_GROUPS.map((group) => ({ group, routes: visible.filter((r) => r.menu === group) }));
  return [top, ...grouped].filter((section) => section.routes.length > 0);
}
