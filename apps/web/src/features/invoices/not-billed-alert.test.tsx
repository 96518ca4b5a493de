/// <reference types="jest" />
import { screen, within } from '@testing-library/react';
import { AccountType } from '@tiergate/access';
import { MemoryRouter } from 'react-router';
import { meOf, renderWithProviders, testQueryClient } from '../../test/render';
import { NotBilledAlert } from './not-billed-alert';

const FAILED = [
  {
    subscriberId: 5,
    subscriberName: 'Ann Poisoned',
    reason: "Balance limit: this would take the subscriber's balance below -100000000000.00 (it is -100000000000.00)",
  },
  { subscriberId: 9, subscriberName: 'Bob Broken', reason: 'numeric field overflow' },
];

describe('NotBilledAlert (the generation summary)', () => {
  it('names each subscriber a run could not bill, with a link to its profile and the reason', () => {
    const client = testQueryClient(meOf(AccountType.Reseller, ['subscriber_module', 'subscriber_profile']));
    renderWithProviders(
      <MemoryRouter>
        <NotBilledAlert failed={FAILED} />
      </MemoryRouter>,
      { client },
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('2 subscribers could not be billed')).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Ann Poisoned' }).getAttribute('href')).toBe('/subscribers/5');
    expect(within(alert).getByRole('link', { name: 'Bob Broken' }).getAttribute('href')).toBe('/subscribers/9');
    expect(alert.textContent).toContain(FAILED[0].reason);
    expect(alert.textContent).toContain('numeric field overflow');
  });

  it('shows names without links to an account that may not open profiles, and nothing when all were billed', () => {
    const { container } = renderWithProviders(
      <MemoryRouter>
        <NotBilledAlert failed={FAILED.slice(0, 1)} />
        <NotBilledAlert failed={[]} />
      </MemoryRouter>,
      { me: meOf(AccountType.ResellerStaff, ['invoice_module']) },
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('1 subscriber could not be billed')).toBeTruthy();
    expect(alert.textContent).toContain('Ann Poisoned');
    expect(within(alert).queryByRole('link')).toBeNull();
    expect(container.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });
});
