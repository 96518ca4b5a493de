import { ADMIN, admin, expect, mainMenu, menuLinks, openFromMenu, refocus, resellerWorld, signIn, test } from './support';

// A module switch is global (R9): this file runs on its own, after every other spec (playwright.config.ts).
test('the Admin switches a module off: its screens leave every account’s menu at once, and come back when it is on again', async ({
  page,
  signedIn,
  consoleWatch,
}) => {
  const world = await resellerWorld();
  const reseller = await signedIn(world.reseller.email, world.reseller.password);
  await openFromMenu(reseller, 'Subscribers');
  await expect(reseller.getByRole('heading', { level: 1, name: 'Subscribers' })).toBeVisible();

  await signIn(page, ADMIN.email, ADMIN.password);
  await openFromMenu(page, 'Modules');
  const subscribers = page.getByRole('switch', { name: 'Subscriber Management', exact: true });
  await expect(subscribers).toBeChecked();
  try {
    await subscribers.click();
    const confirm = page.getByRole('dialog', { name: 'Switch off Subscriber Management?' });
    await confirm.getByRole('button', { name: 'Switch off' }).click();
    await expect(subscribers).not.toBeChecked();
    // The Admin's own menu follows, and so does the reseller's, signed in elsewhere, without a new sign-in.
    await expect(mainMenu(page).getByRole('link', { name: 'Subscribers', exact: true })).toHaveCount(0);
    consoleWatch.allow(/status of 403/);
    await refocus(reseller);
    await expect(mainMenu(reseller).getByRole('link', { name: 'Subscribers', exact: true })).toHaveCount(0);
    await expect(reseller.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();
    // It says why: the module is off for everyone, not a permission this account lacks.
    await expect(reseller.getByText('The Subscriber Management module is switched off for the whole installation.', { exact: false })).toBeVisible();

    await subscribers.click();
    await expect(subscribers).toBeChecked();
    await refocus(reseller);
    await expect(mainMenu(reseller).getByRole('link', { name: 'Subscribers', exact: true })).toBeVisible();
    expect(await menuLinks(reseller)).toEqual([
      'Dashboard',
      'Roles & Permissions',
      'Resellers & Managers',
      'Subscribers',
      'Invoices',
      'Payments',
      'Ledger',
      'Reports',
      'Action log',
      'Tickets',
    ]);
  } finally {
    await (await admin()).put('/settings/modules', { key: 'subscriber_management', enabled: true });
  }
});
