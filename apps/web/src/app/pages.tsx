import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RoutePath } from '../session/routes';

/** Pages are split by route: each one is downloaded when it is first opened. */
const page = (load: () => Promise<ComponentType>) => lazy(async () => ({ default: await load() }));

/** The page of each path of the route table (session/routes.ts); a path without a page does not compile. */
export const PAGES: Record<RoutePath, LazyExoticComponent<ComponentType>> = {
  '/': page(async () => (await import('../features/dashboard/dashboard-page')).DashboardPage),
  '/roles': page(async () => (await import('../features/roles/roles-page')).RolesPage),
  '/roles/compare': page(async () => (await import('../features/roles/role-compare-page')).RoleComparePage),
  '/roles/:id': page(async () => (await import('../features/roles/role-page')).RolePage),
  '/users': page(async () => (await import('../features/users/users-page')).UsersPage),
  '/users/:id': page(async () => (await import('../features/users/user-page')).UserPage),
  '/subscribers': page(async () => (await import('../features/subscribers/subscribers-page')).SubscribersPage),
  '/subscribers/:id': page(async () => (await import('../features/subscribers/subscriber-page')).SubscriberPage),
  '/packages': page(async () => (await import('../features/packages/packages-page')).PackagesPage),
  '/invoices': page(async () => (await import('../features/invoices/invoices-page')).InvoicesPage),
  '/payments': page(async () => (await import('../features/payments/payments-page')).PaymentsPage),
  '/ledger': page(async () => (await import('../features/ledger/ledger-page')).LedgerPage),
  '/reports': page(async () => (await import('../features/reports/reports-page')).ReportsPage),
  '/audit': page(async () => (await import('../features/audit/audit-page')).AuditPage),
  '/settings/modules': page(async () => (await import('../features/settings/modules-page')).ModulesPage),
  '/profile': page(async () => (await import('../features/profile/profile-page')).ProfilePage),
  '/tickets': page(async () => (await import('../features/tickets/tickets-page')).TicketsPage),
  '/tickets/:id': page(async () => (await import('../features/tickets/ticket-page')).TicketPage),
  '/messages': page(async () => (await import('../features/messages/messages-page')).MessagesPage),
};
