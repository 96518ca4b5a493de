import { AccountType, expect, menuLinks, resellerWorld, signIn, test, openFromMenu, mainMenu } from './support';

test('a reseller sees only its own menu and roles; typed admin URLs say Not permitted, unknown ones Page not found', async ({ page, consoleWatch }) => {
  const world = await resellerWorld();
  const own = await world.reseller.api.role(`Own desk ${world.t}`, AccountType.ResellerStaff, ['subscriber_module']);
  await signIn(page, world.reseller.email, world.reseller.password);

  expect(await menuLinks(page)).toEqual([
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
  await expect(mainMenu(page).getByRole('link', { name: 'Modules' })).toHaveCount(0);
  await expect(mainMenu(page).getByRole('link', { name: 'Packages' })).toHaveCount(0);

  await openFromMenu(page, 'Roles & Permissions');
  await expect(page.getByRole('heading', { level: 1, name: 'Roles & Permissions' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: own.displayName })).toBeVisible();
  await expect(table.getByRole('link', { name: `Sub ${world.t}` })).toBeVisible();
  // R7: the roles the Admin owns (the reseller's own role among them) are not listed.
  await expect(table.getByRole('link', { name: `Reseller ${world.t}` })).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(3); // the header and its two roles

  for (const url of ['/settings/modules', '/packages']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  }
  await page.goto('/no-such-screen');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // A role of another principal answers 404 (R7): the role page says so rather than showing it.
  consoleWatch.allow(new RegExp(`status of 404 .*/api/roles/${world.reseller.roleId}\\)$`));
  await page.goto(`/roles/${world.reseller.roleId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Role not found' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Reseller ${world.t}` })).toHaveCount(0);
});
