/// <reference types="jest" />
import { Button } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import { AccountType } from '@tiergate/access';
import { setPreview } from '../api/preview';
import { meOf, renderWithProviders } from '../test/render';
import { WriteGate } from './write-gate';

const gated = (me: ReturnType<typeof meOf>) =>
  renderWithProviders(
    <WriteGate permission="add_role">
      <Button>Add role</Button>
    </WriteGate>,
    { me },
  );

describe('WriteGate', () => {
  afterEach(() => act(() => setPreview(null)));

  it('shows the control, enabled, to an account that holds the key', () => {
    gated(meOf(AccountType.Reseller, ['role_module', 'add_role']));
    const button = screen.getByRole('button', { name: 'Add role' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-description')).toBeNull();
  });

  it('hides it from an account without the key, in a preview too', () => {
    gated(meOf(AccountType.Reseller, ['role_module']));
    expect(screen.queryByRole('button', { name: 'Add role' })).toBeNull();
    act(() => setPreview({ target: { kind: 'account', id: 9 }, name: 'Desk', returnTo: '/' }));
    expect(screen.queryByRole('button', { name: 'Add role' })).toBeNull();
  });

  it('disables it in a preview, saying why: "Preview"', () => {
    setPreview({ target: { kind: 'role', id: 4 }, name: 'Desk', returnTo: '/users/9' });
    gated(meOf(AccountType.Reseller, ['role_module', 'add_role']));
    const button = screen.getByRole('button', { name: 'Add role' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-description')).toBe('Preview');
    expect(JSON.parse(sessionStorage.getItem('tiergate.preview')!)).toEqual({ target: { kind: 'role', id: 4 }, name: 'Desk', returnTo: '/users/9' });
  });
});
