import { AccountType, admin, ADMIN, expect, mainMenu, PASSWORD, refocus, signIn, tag, test } from './support';

/** Issue 15 item 6: an open panel follows its own access through the server's events, with no reload. */
test("a manager's open panel loses a section within 2 s of the Admin's change, and goes to sign-in when disabled", async ({ page, signedIn, consoleWatch }) => {
  test.slow(); // two people's panels, each signing in
  const t = tag();
  const a = await admin();
  const role = await a.role(`Live ${t}`, AccountType.Staff, ['subscriber_module', 'user_module', 'user_profile']);
  const staff = await a.account({ name: `Live ${t}`, email: `live.${t}@e2e.test`, type: AccountType.Staff, roleId: role.id });
  const manager = await signedIn(staff.email, PASSWORD);
  await expect(mainMenu(manager).getByRole('link', { name: 'Resellers & Managers' })).toBeVisible();
  await expect(mainMenu(manager).getByRole('link', { name: 'Subscribers' })).toBeVisible();

  // The Admin takes User Management out of the manager's role, in the panel.
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/roles/${role.id}`);
  const section = page.getByRole('region', { name: 'User Management' });
  await section.getByRole('switch', { name: /^User Management\b/ }).click();
  await page.getByRole('button', { name: 'Save permissions' }).click();
  await expect(page.getByRole('button', { name: 'Save permissions' })).toBeDisabled();
  await expect(mainMenu(manager).getByRole('link', { name: 'Resellers & Managers' })).toBeHidden({ timeout: 2000 });
  await expect(mainMenu(manager).getByRole('link', { name: 'Subscribers' })).toBeVisible();

  // Disabled: the open panel goes to sign-in and says why, with no request of its own.
  consoleWatch.allow(/status of 401/);
  await page.goto(`/users/${staff.id}`);
  await page.getByRole('button', { name: 'Disable' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Disable' }).click();
  await expect(manager).toHaveURL(/\/sign-in/, { timeout: 2000 });
  await expect(manager.getByRole('status').or(manager.getByRole('alert')).first()).toContainText(/session has ended: your account has been disabled/i);
});

test('the Admin gives a grant an expiry in the permission editor, and the account page shows it', async ({ page }) => {
  const t = tag();
  const a = await admin();
  const role = await a.role(`Expiring ${t}`, AccountType.Staff, ['subscriber_module']);
  const staff = await a.account({ name: `Expiring ${t}`, email: `expiring.${t}@e2e.test`, type: AccountType.Staff, roleId: role.id });
  await a.put(`/users/${staff.id}/permissions`, { grants: ['subscriber_profile'], revokes: [] });

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/users/${staff.id}`);
  await page.getByRole('button', { name: 'Permissions', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Permissions of Expiring ${t}` });
  const grant = dialog.getByRole('group', { name: 'View subscriber profiles' });
  await grant.getByRole('button', { name: 'Expires' }).click();
  // Tomorrow's date is always within the bound; the picker's own button sets it.
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  const picker = page.getByRole('dialog').or(page.locator('.mantine-Popover-dropdown')).last();
  if (tomorrow.getDate() === 1) await picker.getByRole('button', { name: /next/i }).first().click();
  await picker
    .getByRole('button', { name: new RegExp(`^${tomorrow.getDate()} `) })
    .first()
    .click();
  await picker.getByRole('button', { name: 'Set expiry' }).click();
  await dialog.getByRole('button', { name: 'Save permissions' }).click();
  await expect(dialog).toBeHidden();

  const account = await a.get(`/users/${staff.id}`);
  const expiresAt = new Date(account.grantExpiry.subscriber_profile);
  expect(expiresAt.toDateString()).toBe(tomorrow.toDateString());
  const item = page.getByText('Expiring grants').locator('..');
  await expect(item).toContainText('expires');
  await page.getByRole('button', { name: 'Effective permissions' }).click();
  const explained = page
    .getByRole('dialog', { name: /Effective permissions/ })
    .getByRole('listitem')
    .filter({ hasText: 'subscriber_profile' });
  await expect(explained).toContainText('expires');
});

test('a page load asks for /me once; the window regaining focus asks again at once', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const asked: string[] = [];
  page.on('request', (request) => new URL(request.url()).pathname === '/api/me' && asked.push(request.method()));
  // The shell, the permission gate and the screen each read the account as they mount.
  await page.goto('/subscribers');
  await expect(page.getByRole('heading', { level: 1, name: 'Subscribers' })).toBeVisible();
  await expect(
    page
      .getByRole('table')
      .or(page.getByText(/^No subscribers yet/))
      .first(),
  ).toBeVisible();
  expect(asked).toEqual(['GET']);

  await refocus(page);
  await expect.poll(() => asked).toEqual(['GET', 'GET']);
});
