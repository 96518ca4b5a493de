import { AccountType, ADMIN, admin, expect, holdRequests, makeRoleDefaultsDue, signIn, tag, test, openFromMenu } from './support';

test('the Admin creates a role, watches its predefined permissions arrive without a reload, and edits them', async ({ page }) => {
  const name = `QA Desk ${tag()}`;
  await signIn(page, ADMIN.email, ADMIN.password);
  await openFromMenu(page, 'Roles & Permissions');
  await expect(page.getByRole('heading', { level: 1, name: 'Roles & Permissions' })).toBeVisible();

  await page.getByRole('button', { name: 'Add role' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add role' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  // The stored name is shown as it is typed (R2): branch slug, dash, lowercased, no spaces.
  await expect(dialog.getByText(`branch-${name.toLowerCase().replace(/\s+/g, '')}`)).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Type' }).click();
  // R1: the Admin may create Staff and Reseller roles, nothing else.
  await expect(page.getByRole('option')).toHaveText(['Staff', 'Reseller']);
  await page.getByRole('option', { name: 'Staff' }).click();
  // The panel does not wait for what it leaves: with the list's refresh held back (a busy API), Create opens the new
  // role's page; while that page's code is still on its way, the page's own loader shows, not the list frozen.
  const list = await holdRequests(page, /\/api\/roles$/);
  const code = await holdRequests(page, /\/assets\/role-page-[^/]+\.js$/);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Roles & Permissions' })).toBeHidden();
  await expect(page.getByRole('main').getByLabel('Loading')).toBeVisible();
  code.release();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  // The list's refresh was asked for and held: once, or more when a role made by an earlier test still waits for its
  // predefined permissions, since the list then polls every 2 s.
  expect(list.held()).toBeGreaterThanOrEqual(1);
  list.release();
  const url = page.url();
  await expect(page.getByText('Waiting for predefined permissions').first()).toBeVisible();
  const roleId = Number(new URL(url).pathname.split('/').pop());
  // The job is due in an hour (serve.mjs); once it is due now, the worker runs it and the page follows on its own.
  await makeRoleDefaultsDue(roleId);
  await expect(page.getByText('Waiting for predefined permissions')).toHaveCount(0);
  expect(page.url()).toBe(url);
  const before = (await (await admin()).get(`/roles/${roleId}`)).permissions as string[];
  expect(before.length).toBeGreaterThan(0);

  // Edit: switch on a module key the staff defaults leave off, or off one they hold; then save.
  const subscribers = page.getByRole('region', { name: 'Subscriber Management' });
  const moduleSwitch = subscribers.getByRole('switch', { name: /^Subscriber Management\b/ });
  const wasOn = before.includes('subscriber_module');
  await moduleSwitch.click();
  await expect(moduleSwitch).toBeChecked({ checked: !wasOn });
  await page.getByRole('button', { name: 'Save permissions' }).click();
  await expect(page.getByRole('button', { name: 'Save permissions' })).toBeDisabled();
  await expect.poll(async () => ((await (await admin()).get(`/roles/${roleId}`)).permissions as string[]).includes('subscriber_module')).toBe(!wasOn);
  // After a reload the saved set is what the page shows.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Subscriber Management' }).getByRole('switch', { name: /^Subscriber Management\b/ })).toBeChecked({
    checked: !wasOn,
  });
});

test('a role’s type is one the account may create (R1): a reseller is offered Subreseller and Reseller Staff', async ({ page }) => {
  const t = tag();
  const a = await admin();
  const role = await a.role(`R1 ${t}`, AccountType.Reseller, ['user_module', 'role_module', 'add_role', 'set_role_permission']);
  const reseller = await a.account({ name: `R1 Reseller ${t}`, email: `r1.${t}@e2e.test`, type: AccountType.Reseller, roleId: role.id });
  await signIn(page, reseller.email, 'e2e-password-1');
  await page.goto('/roles');
  await page.getByRole('button', { name: 'Add role' }).click();
  await page.getByRole('dialog', { name: 'Add role' }).getByRole('combobox', { name: 'Type' }).click();
  await expect(page.getByRole('option')).toHaveText(['Subreseller', 'Reseller Staff']);
});

test('unsaved permission changes are protected, and a save over someone else’s change says so', async ({ page, consoleWatch }) => {
  const t = tag();
  const a = await admin();
  const role = await a.role(`Conflict ${t}`, AccountType.Staff, ['subscriber_module', 'subscriber_profile']);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/roles/${role.id}`);
  await expect(page.getByRole('heading', { level: 1, name: role.displayName })).toBeVisible();

  const reports = page.getByRole('region', { name: 'Reports' }).getByRole('switch', { name: /^Reports\b/ });
  await reports.click();
  await expect(reports).toBeChecked();
  // Leaving the screen asks first; Stay keeps the change.
  await openFromMenu(page, 'Resellers & Managers');
  const discard = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByRole('heading', { level: 1, name: role.displayName })).toBeVisible();
  await expect(reports).toBeChecked();

  // Someone else saves the role meanwhile: this save is refused and the page says what to do.
  await a.put(`/roles/${role.id}/permissions`, { permissions: ['subscriber_module'] });
  consoleWatch.allow(/status of 409/);
  await page.getByRole('button', { name: 'Save permissions' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /changed by someone else/i })).toBeVisible();
  expect((await a.get(`/roles/${role.id}`)).permissions).toEqual(['subscriber_module']);
});
