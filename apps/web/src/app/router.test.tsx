/// <reference types="jest" />
import { act, screen, within } from '@testing-library/react';
import { AccountType, allowedKeysForType } from '@tiergate/access';
import { RouterProvider } from 'react-router';
import type { Me } from '../api/types';
import { meOf, renderWithProviders } from '../test/render';
import { router } from './router';

/**
 * The panel's real route tree (router.tsx, a browser router over jsdom's history), signed in with an account
 * put in the query cache: what a typed-in URL shows.
 */
async function open(url: string, me: Me | null) {
  await act(() => router.navigate(url, { replace: true }));
  renderWithProviders(<RouterProvider router={router} />, { me });
}

const reseller = meOf(AccountType.Reseller, allowedKeysForType(AccountType.Reseller), { name: 'Reseller T', typeName: 'Reseller' });
const admin = meOf(AccountType.Admin, allowedKeysForType(AccountType.Admin), { name: 'Admin T', typeName: 'Admin' });

describe('the router', () => {
  it('shows "Page not found" for an unknown URL, inside the panel', async () => {
    await open('/no-such-screen', reseller);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('shows "Not permitted" for a typed-in URL of a screen the account may not open', async () => {
    await open('/settings/modules', reseller);
    expect(await screen.findByRole('heading', { level: 1, name: 'Not permitted' })).toBeTruthy();
    await act(() => router.navigate('/packages'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Not permitted' })).toBeTruthy();
  });

  it('builds the side menu from the route table', async () => {
    await open('/', reseller);
    const menu = await screen.findByRole('navigation', { name: 'User Management' });
    expect(within(menu).getByRole('link', { name: 'Roles & Permissions' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Modules' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Packages' })).toBeNull();
  });

  it('shows the Admin its Settings group', async () => {
    await open('/', admin);
    const settings = await screen.findByRole('navigation', { name: 'Settings' });
    expect(within(settings).getByRole('link', { name: 'Modules' }).getAttribute('href')).toBe('/settings/modules');
  });

  it('sends a visitor without a session to sign in, keeping the URL asked for', async () => {
    await open('/subscribers?q=karim', null);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/subscribers?q=karim');
  });
});
