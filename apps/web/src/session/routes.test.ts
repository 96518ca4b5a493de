/// <reference types="jest" />
import { ACCOUNT_TYPES, AccountType, allowedKeysForType, type PermissionKey } from '@tiergate/access';
import { menuFor, mayOpen, ROUTES } from './routes';

const me = (type: AccountType, permissions: readonly PermissionKey[]) => ({ type, permissions: [...permissions] });
/** The menu as a person reads it: each group's title, then its entries. */
const menu = (type: AccountType, permissions: readonly PermissionKey[]) =>
  menuFor(me(type, permissions)).map((s) => [s.group ?? 'top', s.routes.map((r) => r.label)]);
const route = (path: string) => ROUTES.find((r) => r.path === path)!;

describe('the route table (UI.md)', () => {
  it('holds each screen of UI.md once, with its label', () => {
    const paths = ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(Object.fromEntries(ROUTES.filter((r) => r.menu !== null).map((r) => [r.path, r.label]))).toEqual(
      expect.objectContaining({
        '/': 'Dashboard',
        '/roles': 'Roles & Permissions',
        '/users': 'Resellers & Managers',
        '/subscribers': 'Subscribers',
        '/packages': 'Packages',
        '/invoices': 'Invoices',
        '/payments': 'Payments',
        '/ledger': 'Ledger',
        '/reports': 'Reports',
        '/audit': 'Action log',
        '/settings/modules': 'Modules',
      }),
    );
  });

  it('gives the Admin every screen, grouped as in UI.md, Modules under Settings', () => {
    expect(menu(AccountType.Admin, allowedKeysForType(AccountType.Admin))).toEqual([
      ['top', ['Dashboard']],
      ['User Management', ['Roles & Permissions', 'Resellers & Managers']],
      ['Subscriber Management', ['Subscribers']],
      ['Package Management', ['Packages']],
      ['Accounting', ['Invoices', 'Payments', 'Ledger']],
      ['Reports', ['Reports', 'Action log']],
      ['Settings', ['Modules']],
      ['Support', ['Tickets', 'Messages']],
    ]);
  });

  it('gives a reseller its own screens: no Packages (Admin and staff only), no Modules', () => {
    expect(menu(AccountType.Reseller, allowedKeysForType(AccountType.Reseller))).toEqual([
      ['top', ['Dashboard']],
      ['User Management', ['Roles & Permissions', 'Resellers & Managers']],
      ['Subscriber Management', ['Subscribers']],
      ['Accounting', ['Invoices', 'Payments', 'Ledger']],
      ['Reports', ['Reports', 'Action log']],
      ['Support', ['Tickets']],
    ]);
  });

  it('gives a manager with a few keys exactly those screens, and leaves out empty groups', () => {
    expect(menu(AccountType.ResellerStaff, ['subscriber_module', 'subscriber_profile', 'user_module'])).toEqual([
      ['top', ['Dashboard']],
      ['User Management', ['Resellers & Managers']],
      ['Subscriber Management', ['Subscribers']],
    ]);
    expect(menu(AccountType.ResellerStaff, ['activity_log'])).toEqual([
      ['top', ['Dashboard']],
      ['Reports', ['Action log']],
    ]);
    expect(menu(AccountType.ResellerStaff, [])).toEqual([['top', ['Dashboard']]]);
  });

  it('shows Modules to type 1 only, whatever keys another type holds', () => {
    for (const type of ACCOUNT_TYPES) {
      const labels = menu(type, allowedKeysForType(type)).flatMap(([, entries]) => entries);
      expect(labels.includes('Modules')).toBe(type === AccountType.Admin);
      expect(mayOpen(route('/settings/modules').access, me(type, allowedKeysForType(AccountType.Admin)))).toBe(type === AccountType.Admin);
    }
  });

  it('never puts a detail screen or My profile in the side menu', () => {
    const inMenu = menuFor(me(AccountType.Admin, allowedKeysForType(AccountType.Admin))).flatMap((s) => s.routes.map((r) => r.path));
    for (const path of ['/roles/:id', '/users/:id', '/subscribers/:id', '/tickets/:id', '/profile']) {
      expect(route(path).menu).toBeNull();
      expect(inMenu).not.toContain(path);
    }
  });

  it('opens a screen by its key, a detail screen by its own key', () => {
    const manager = me(AccountType.ResellerStaff, ['subscriber_module']);
    expect(mayOpen(route('/subscribers').access, manager)).toBe(true);
    expect(mayOpen(route('/subscribers/:id').access, manager)).toBe(false);
    expect(mayOpen(route('/users/:id').access, me(AccountType.ResellerStaff, ['user_profile']))).toBe(true);
    expect(mayOpen(route('/roles').access, manager)).toBe(false);
    expect(mayOpen(route('/').access, me(AccountType.RetailerStaff, []))).toBe(true);
    // A ticket's page needs only the module's key: whoever sees the list may open what it lists.
    expect(mayOpen(route('/tickets/:id').access, me(AccountType.RetailerStaff, ['ticket_module']))).toBe(true);
  });

  it('puts Tickets in the Support group for whoever holds ticket_module, of any type (Use Case 2: support staff)', () => {
    expect(menu(AccountType.Staff, ['subscriber_module', 'subscriber_profile', 'ticket_module', 'add_ticket'])).toEqual([
      ['top', ['Dashboard']],
      ['Subscriber Management', ['Subscribers']],
      ['Support', ['Tickets']],
    ]);
    expect(menu(AccountType.RetailerStaff, ['add_ticket'])).toEqual([['top', ['Dashboard']]]);
  });

  it('puts Messages under Support for sms_module only (the Admin and its staff, R17)', () => {
    expect(route('/messages').label).toBe('Messages');
    expect(menu(AccountType.Staff, ['sms_module', 'sms_history'])).toEqual([
      ['top', ['Dashboard']],
      ['Support', ['Messages']],
    ]);
    expect(mayOpen(route('/messages').access, me(AccountType.Staff, ['send_sms']))).toBe(false);
  });
});
