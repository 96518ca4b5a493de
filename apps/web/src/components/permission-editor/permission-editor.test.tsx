/// <reference types="jest" />
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccountType, allowedKeysForType, CATALOG, isAllowedForType, type PermissionKey } from '@tiergate/access';
import { useState } from 'react';
import { renderWithProviders } from '../../test/render';
import { PermissionEditor, type PermissionEditorProps } from './permission-editor';

/** The editor as a screen uses it: controlled, each change kept; `changes` sees every onChange. */
function Harness({ initial, changes, ...props }: Omit<PermissionEditorProps, 'value' | 'onChange'> & { initial: PermissionKey[]; changes: jest.Mock }) {
  const [value, setValue] = useState<PermissionKey[]>(initial);
  return (
    <PermissionEditor
      {...props}
      value={value}
      onChange={(next) => {
        changes(next);
        setValue(next);
      }}
    />
  );
}

function renderEditor(props: Partial<Omit<PermissionEditorProps, 'value' | 'onChange'>> & { initial?: PermissionKey[] } = {}) {
  const changes = jest.fn();
  const user = userEvent.setup();
  renderWithProviders(<Harness type={AccountType.Reseller} held="all" initial={[]} changes={changes} {...props} />);
  return { changes, user };
}

const section = (label: string) => screen.getByRole('region', { name: label });
/** A module's switch; its name starts with the module's label (see the accessible-name test below). */
const moduleSwitch = (label: string) => within(section(label)).getByRole('switch', { name: new RegExp(`^${label}\\b`) });
const feature = (module: string, label: string) => within(section(module)).getByRole('checkbox', { name: label });
const expand = (user: ReturnType<typeof userEvent.setup>, module: string) =>
  user.click(within(section(module)).getByRole('button', { name: `Show ${module} permissions` }));

describe('PermissionEditor', () => {
  it('offers only the modules and keys the type may hold', async () => {
    const { user } = renderEditor({ type: AccountType.Reseller });
    const offered = CATALOG.filter((m) => m.permissions.some((p) => isAllowedForType(p.key, AccountType.Reseller))).map((m) => m.label);
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(offered);
    // Admin-and-staff and sub-reseller-and-below modules are not there for a reseller role.
    for (const absent of ['ISP Management', 'Branch Management', 'Package Management', 'Allow Reseller', 'SMS Management']) {
      expect(screen.queryByRole('region', { name: absent })).toBeNull();
    }
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.queryByRole('checkbox', { name: 'Add new ISP' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Permission to manage retailers' })).toBeNull();
    expect(feature('User Management', 'Add roles')).toBeTruthy();
  });

  it('offers a staff role of the Admin the Admin-and-staff modules', () => {
    renderEditor({ type: AccountType.Staff });
    expect(section('Package Management')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'ISP Management' })).toBeNull();
  });

  it('keeps feature keys inactive while their module is off, and says why', async () => {
    const { user, changes } = renderEditor({ initial: [] });
    await expand(user, 'User Management');
    const addUsers = feature('User Management', 'Add new users');
    expect((addUsers as HTMLInputElement).disabled).toBe(true);
    expect(document.getElementById(addUsers.getAttribute('aria-describedby')!)?.textContent).toContain('Turn on User Management first');

    await user.click(moduleSwitch('User Management'));
    expect(changes).toHaveBeenLastCalledWith(['user_module']);
    expect((feature('User Management', 'Add new users') as HTMLInputElement).disabled).toBe(false);
  });

  it('calls onChange with the keys in the catalog’s order, and switching a module off takes its features too', async () => {
    const { user, changes } = renderEditor({ initial: ['user_module'] });
    await expand(user, 'User Management');
    await user.click(feature('User Management', 'Change user roles'));
    expect(changes).toHaveBeenLastCalledWith(['user_module', 'change_user_role']);
    await user.click(feature('User Management', 'Add new users'));
    expect(changes).toHaveBeenLastCalledWith(['user_module', 'add_user', 'change_user_role']);
    await user.click(feature('User Management', 'Add new users'));
    expect(changes).toHaveBeenLastCalledWith(['user_module', 'change_user_role']);
    await user.click(moduleSwitch('User Management'));
    expect(changes).toHaveBeenLastCalledWith([]);
  });

  it('disables the keys the editing account does not hold, with the reason, and lets it remove one it does not hold', async () => {
    const held = new Set<PermissionKey>(['subscriber_module', 'add_subscriber', 'edit_subscriber']);
    const { user, changes } = renderEditor({ held, initial: ['subscriber_module', 'add_subscriber', 'subscriber_notes'] });
    await expand(user, 'Subscriber Management');
    const deleteKey = feature('Subscriber Management', 'Delete subscribers') as HTMLInputElement;
    expect(deleteKey.disabled).toBe(true);
    expect(document.getElementById(deleteKey.getAttribute('aria-describedby')!)?.textContent).toContain('You do not hold this permission');
    expect((feature('Subscriber Management', 'Edit subscriber profiles') as HTMLInputElement).disabled).toBe(false);
    // A module whose key the editor does not hold cannot be switched on.
    expect((moduleSwitch('User Management') as HTMLInputElement).disabled).toBe(true);
    // Taking away is never an escalation: a selected key the editor lacks can still be removed.
    const notes = feature('Subscriber Management', 'Manage notes') as HTMLInputElement;
    expect(notes.disabled).toBe(false);
    await user.click(notes);
    expect(changes).toHaveBeenLastCalledWith(['subscriber_module', 'add_subscriber']);
  });

  it('counts the selected keys per module and in all', () => {
    renderEditor({ initial: ['user_module', 'add_user', 'role_module', 'subscriber_module'] });
    const userKeys = allowedKeysForType(AccountType.Reseller).filter((k) =>
      CATALOG.find((m) => m.key === 'user_management')!.permissions.some((p) => p.key === k),
    );
    expect(within(section('User Management')).getByText(`3 of ${userKeys.length}`)).toBeTruthy();
    expect(within(section('Subscriber Management')).getByText(/^1 of \d+$/)).toBeTruthy();
    expect(within(section('Reports')).getByText(/^0 of \d+$/)).toBeTruthy();
    expect(screen.getByText(`4 of ${allowedKeysForType(AccountType.Reseller).length} selected`)).toBeTruthy();
  });

  it('filters by the search box, by label or key, and says when nothing matches', async () => {
    const { user } = renderEditor();
    const search = screen.getByRole('searchbox', { name: 'Search permissions' });
    await user.type(search, 'reconnect');
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['Subscriber Management']);
    expect(feature('Subscriber Management', 'Reconnect subscribers')).toBeTruthy();
    expect(within(section('Subscriber Management')).queryByRole('checkbox', { name: 'Add new subscribers' })).toBeNull();

    await user.clear(search);
    await user.type(search, 'set_role_permission');
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['User Management']);
    expect(feature('User Management', 'Set role permissions')).toBeTruthy();

    await user.clear(search);
    await user.type(search, 'no such permission');
    expect(screen.queryAllByRole('region')).toEqual([]);
    expect(screen.getByText(/No permission matches/)).toBeTruthy();
  });

  it('changes nothing when read-only', async () => {
    const { user } = renderEditor({ readOnly: true, initial: ['user_module', 'add_user'] });
    await expand(user, 'User Management');
    expect((moduleSwitch('User Management') as HTMLInputElement).disabled).toBe(true);
    expect((feature('User Management', 'Add new users') as HTMLInputElement).disabled).toBe(true);
    expect((feature('User Management', 'Add new users') as HTMLInputElement).checked).toBe(true);
  });

  it('shows the caller’s note beside a key (e.g. where an account’s key comes from)', async () => {
    const { user } = renderEditor({ initial: ['user_module', 'add_user'], note: (k) => (k === 'add_user' ? 'from role' : null) });
    await expand(user, 'User Management');
    expect(within(section('User Management')).getByText('from role')).toBeTruthy();
  });

  it('names each control by its visible label (UI.md: accessible name equal to the visible label)', async () => {
    const { user } = renderEditor({ initial: ['user_module'] });
    await expand(user, 'User Management');
    expect(within(section('User Management')).getByRole('switch', { name: 'User Management' })).toBeTruthy();
    expect(feature('User Management', 'Add new users')).toBeTruthy();
  });
});
