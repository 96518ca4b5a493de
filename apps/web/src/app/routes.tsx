import { AccountType, type PermissionKey } from '@tiergate/access';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Me } from '../api/types';

/** Who may open a screen (UI.md "shown with"). */
export type ScreenAccess = { permission: PermissionKey } | { accountType: AccountType } | 'signed-in';

export type MenuGroup = 'User Management' | 'Subscriber Management' | 'Package Management' | 'Accounting' | 'Reports' | 'Settings';

export interface PanelRoute {
  path: string;
  /** The menu label and the page's h1 (detail pages show their record's name instead). */
  label: string;
  access: ScreenAccess;
  element: LazyExoticComponent<ComponentType>;
  /** Where the screen stands in the side menu: a group, the top (no group), or not at all (detail pages). */
  menu: MenuGroup | 'top' | null;
}

/** Pages are split by route: each one is downloaded when it is first opened. */
const page = (load: () => Promise<ComponentType>) => lazy(async () => ({ default: await load() }));

/** The one route table (UI.md): it drives the router, the permission gate and the menu. */
export const ROUTES: readonly PanelRoute[] = [
  { path: '/', label: 'Dashboard', access: 'signed-in', menu: 'top', element: page(async () => (await import('../features/dashboard/dashboard-page')).DashboardPage) },
  { path: '/roles', label: 'Roles & Permissions', access: { permission: 'role_module' }, menu: 'User Management', element: page(async () => (await import('../features/roles/roles-page')).RolesPage) },
  { path: '/roles/:id', label: 'Role', access: { permission: 'role_module' }, menu: null, element: page(async () => (await import('../features/roles/role-page')).RolePage) },
  { path: '/users', label: 'Resellers & Managers', access: { permission: 'user_module' }, menu: 'User Management', element: page(async () => (await import('../features/users/users-page')).UsersPage) },
  { path: '/users/:id', label: 'Account', access: { permission: 'user_profile' }, menu: null, element: page(async () => (await import('../features/users/user-page')).UserPage) },
  { path: '/subscribers', label: 'Subscribers', access: { permission: 'subscriber_module' }, menu: 'Subscriber Management', element: page(async () => (await import('../features/subscribers/subscribers-page')).SubscribersPage) },
  { path: '/subscribers/:id', label: 'Subscriber', access: { permission: 'subscriber_profile' }, menu: null, element: page(async () => (await import('../features/subscribers/subscriber-page')).SubscriberPage) },
  { path: '/packages', label: 'Packages', access: { permission: 'package_module' }, menu: 'Package Management', element: page(async () => (await import('../features/packages/packages-page')).PackagesPage) },
  { path: '/invoices', label: 'Invoices', access: { permission: 'invoice_module' }, menu: 'Accounting', element: page(async () => (await import('../features/invoices/invoices-page')).InvoicesPage) },
  { path: '/payments', label: 'Payments', access: { permission: 'payment_module' }, menu: 'Accounting', element: page(async () => (await import('../features/payments/payments-page')).PaymentsPage) },
  { path: '/ledger', label: 'Ledger', access: { permission: 'ledger_module' }, menu: 'Accounting', element: page(async () => (await import('../features/ledger/ledger-page')).LedgerPage) },
  { path: '/reports', label: 'Reports', access: { permission: 'reports_module' }, menu: 'Reports', element: page(async () => (await import('../features/reports/reports-page')).ReportsPage) },
  { path: '/audit', label: 'Action log', access: { permission: 'activity_log' }, menu: 'Reports', element: page(async () => (await import('../features/audit/audit-page')).AuditPage) },
  { path: '/settings/modules', label: 'Modules', access: { accountType: AccountType.Admin }, menu: 'Settings', element: page(async () => (await import('../features/settings/modules-page')).ModulesPage) },
  { path: '/profile', label: 'My profile', access: { permission: 'my_profile_module' }, menu: null, element: page(async () => (await import('../features/profile/profile-page')).ProfilePage) },
];

export const MENU_GROUPS: readonly MenuGroup[] = ['User Management', 'Subscriber Management', 'Package Management', 'Accounting', 'Reports', 'Settings'];

/** R13: may this account open this screen? */
export function mayOpen(access: ScreenAccess, me: Pick<Me, 'type' | 'permissions'>): boolean {
  if (access === 'signed-in') return true;
  if ('accountType' in access) return me.type === access.accountType;
  return me.permissions.includes(access.permission);
}

export interface MenuSection {
  group: MenuGroup | null;
  routes: PanelRoute[];
}

/** The side menu for an account: only screens it may open, groups without any left out, in the table's order. */
export function menuFor(me: Pick<Me, 'type' | 'permissions'>): MenuSection[] {
  const visible = ROUTES.filter((r) => r.menu !== null && mayOpen(r.access, me));
  const top: MenuSection = { group: null, routes: visible.filter((r) => r.menu === 'top') };
  const grouped = MENU_GROUPS.map((group) => ({ group, routes: visible.filter((r) => r.menu === group) }));
  return [top, ...grouped].filter((section) => section.routes.length > 0);
}
