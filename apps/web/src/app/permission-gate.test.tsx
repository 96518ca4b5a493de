/// <reference types="jest" />
import { screen } from '@testing-library/react';
import { AccountType } from '@tiergate/access';
import { MemoryRouter } from 'react-router';
import { meOf, renderWithProviders } from '../test/render';
import { PermissionGate } from './permission-gate';

const screenBehindGate = (access: Parameters<typeof PermissionGate>[0]['access'], me: ReturnType<typeof meOf> | null) =>
  renderWithProviders(
    <MemoryRouter>
      <PermissionGate access={access}>
        <h1>Roles & Permissions</h1>
      </PermissionGate>
    </MemoryRouter>,
    { me },
  );

describe('PermissionGate', () => {
  it('shows the screen to an account that holds its key', async () => {
    screenBehindGate({ permission: 'role_module' }, meOf(AccountType.Reseller, ['role_module']));
    expect(await screen.findByRole('heading', { level: 1, name: 'Roles & Permissions' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Not permitted' })).toBeNull();
  });

  it('shows "Not permitted", not the screen, to an account without the key', () => {
    screenBehindGate({ permission: 'role_module' }, meOf(AccountType.ResellerStaff, ['subscriber_module']));
    expect(screen.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Roles & Permissions' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' }).getAttribute('href')).toBe('/');
  });

  it('keeps an Admin-only screen from every other type, whatever it holds', () => {
    screenBehindGate({ accountType: AccountType.Admin }, meOf(AccountType.Staff, ['role_module', 'user_module', 'package_module']));
    expect(screen.getByRole('heading', { name: 'Not permitted' })).toBeTruthy();
  });

  it('lets the Admin into an Admin-only screen', async () => {
    screenBehindGate({ accountType: AccountType.Admin }, meOf(AccountType.Admin, []));
    expect(await screen.findByRole('heading', { name: 'Roles & Permissions' })).toBeTruthy();
  });

  it('shows "Not permitted" while no account is known', () => {
    screenBehindGate('signed-in', null);
    expect(screen.getByRole('heading', { name: 'Not permitted' })).toBeTruthy();
  });
});
