import { AccountType, expect, mainMenu, menuLinks, openFromMenu, resellerWorld, scaled, test, signIn, type Page } from './support';

/** The banner across the top of every page of a preview. */
const banner = (page: Page) => page.getByRole('region', { name: 'Preview' });

/** A write control as a preview shows it: there, but disabled, saying why. */
async function expectPreviewDisabled(page: Page, name: string) {
  const control = page.getByRole('button', { name, exact: true });
  await expect(control).toBeDisabled();
  await expect(control).toHaveAccessibleDescription('Preview');
}

test('a reseller previews its manager from the account page: the manager’s exact menu and data, every write disabled with “Preview”; End preview restores its own panel', async ({
  page,
  signedIn,
}) => {
  // Two browsers and six screens: longer than one test's usual ceiling on a busy machine.
  test.setTimeout(scaled(120_000));
  const world = await resellerWorld();
  const { t, reseller } = world;
  const role = await reseller.api.role(`Counter ${t}`, AccountType.ResellerStaff, [
    'subscriber_module',
    'subscriber_profile',
    'add_subscriber',
    'edit_subscriber',
    'subscriber_notes',
    'reports_module',
    'activity_log',
    'my_profile_module',
    'edit_my_profile',
  ]);
  const manager = await reseller.api.account({
    name: `Counter Manager ${t}`,
    email: `counter.${t}@e2e.test`,
    type: AccountType.ResellerStaff,
    roleId: role.id,
  });

  // The manager's own panel, signed in, in a browser of its own.
  const own = await signedIn(manager.email, 'e2e-password-1');
  const managerMenu = await menuLinks(own);
  expect(managerMenu).toEqual(['Dashboard', 'Subscribers', 'Reports', 'Action log']);

  await signIn(page, reseller.email, reseller.password);
  const resellerMenu = await menuLinks(page);
  expect(resellerMenu).toContain('Resellers & Managers');
  await page.goto(`/users/${manager.id}`);
  await expect(page.getByRole('heading', { level: 1, name: manager.name })).toBeVisible();
  await page.getByRole('button', { name: 'Preview as' }).click();

  await expect(banner(page)).toContainText(`Previewing as ${manager.name}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect.poll(() => menuLinks(page)).toEqual(managerMenu);

  // Its screens, filled with what it may read: its principal's direct customers only (scope direct).
  await openFromMenu(page, 'Subscribers');
  await expect(page.getByRole('heading', { level: 1, name: 'Subscribers' })).toBeVisible();
  await expect(page.getByRole('link', { name: `direct-${t}` })).toBeVisible();
  await expect(page.getByText(`Below Customer ${t}`)).toHaveCount(0);
  await expectPreviewDisabled(page, 'Add subscriber');

  await page.getByRole('link', { name: `direct-${t}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Direct Customer ${t}` })).toBeVisible();
  await expectPreviewDisabled(page, 'Edit');
  // What the manager may not do is not there at all, as in its own panel.
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Suspend' })).toHaveCount(0);
  await expectPreviewDisabled(page, 'Add note');

  // Every page, a reload included, stays in the preview.
  await page.reload();
  await expect(banner(page)).toContainText(`Previewing as ${manager.name}`);
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.getByText(manager.email)).toBeVisible();
  await expectPreviewDisabled(page, 'Save');
  // A screen the manager may not open is not permitted in its preview either.
  await page.goto('/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();

  await banner(page).getByRole('button', { name: 'End preview' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(page).toHaveURL(`/users/${manager.id}`);
  await expect(page.getByRole('heading', { level: 1, name: manager.name })).toBeVisible();
  await expect.poll(() => menuLinks(page)).toEqual(resellerMenu);
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeEnabled();
  await expect(mainMenu(page).getByRole('link', { name: 'Resellers & Managers' })).toBeVisible();
});
