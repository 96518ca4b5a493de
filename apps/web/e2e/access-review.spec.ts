import { AccountType, admin, Api, ADMIN, expect, mainMenu, PASSWORD, signIn, tag, test } from './support';

test('the Admin reviews a manager role’s access: an unused key is removed with Remove unused, leaves the role’s permissions, and the manager’s open panel loses its section within 2 s', async ({
  page,
  signedIn,
}) => {
  test.slow(); // two people's panels
  const t = tag();
  const a = await admin();
  const role = await a.role(`Review Desk ${t}`, AccountType.Staff, ['subscriber_module', 'add_subscriber', 'reports_module', 'activity_log']);
  const manager = await a.account({ name: `Review Manager ${t}`, email: `review.${t}@e2e.test`, type: AccountType.Staff, roleId: role.id });
  // The manager works: it lists subscribers (subscriber_module), and never adds one.
  await (await Api.signIn(manager.email, PASSWORD)).get('/subscribers');
  // Its panel is open on the dashboard, with the Action log in its menu (a key it never exercised). Not on the Subscribers
  // page: its package filter reads the packages, which counts as a use of add_subscriber for an account that only adds.
  const managerPanel = await signedIn(manager.email, PASSWORD);
  await expect(mainMenu(managerPanel).getByRole('link', { name: 'Action log' })).toBeVisible();

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/roles/${role.id}`);
  await page.getByRole('tab', { name: 'Access review' }).click();
  await expect(page).toHaveURL(/[?&]tab=review\b/);
  await expect(page.getByRole('textbox', { name: 'Days' })).toHaveValue('90');

  const unused = page.getByRole('table', { name: 'Unused permissions' });
  const row = unused.getByRole('row', { name: /Add new subscribers/ });
  await expect(row).toContainText('never');
  // The manager's use reaches the review once the API flushed it (every 5 s): its key is listed as used.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('table', { name: 'Used permissions' }).getByRole('cell', { name: 'Access subscriber management' })).toBeVisible({
      timeout: 2000,
    });
  }).toPass();
  await expect(unused.getByRole('row')).toHaveCount(4); // the header, add_subscriber, reports_module and activity_log

  await expect(page.getByRole('button', { name: 'Remove unused' })).toBeDisabled();
  await unused.getByRole('checkbox', { name: 'Add new subscribers' }).check();
  await unused.getByRole('checkbox', { name: 'View activity logs' }).check();
  await page.getByRole('button', { name: 'Remove unused' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove unused permissions?' });
  await expect(dialog.getByRole('listitem')).toHaveText(['Add new subscribers (add_subscriber)', 'View activity logs (activity_log)']);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog).toHaveCount(0);
  // Issue 15 item 6: the manager's open panel hears of it (server push) and loses the section, with no reload.
  await expect(mainMenu(managerPanel).getByRole('link', { name: 'Action log' })).toBeHidden({ timeout: 2000 });
  await expect(mainMenu(managerPanel).getByRole('link', { name: 'Reports' })).toBeVisible();
  await expect(unused.getByRole('row')).toHaveCount(2); // the header and reports_module, left alone

  // The ordinary, audited change: the role's Permissions no longer hold them.
  expect((await a.get(`/roles/${role.id}`)).permissions).toEqual(['reports_module', 'subscriber_module']);
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await expect(page).not.toHaveURL(/tab=review/);
  const subscribers = page.getByRole('region', { name: 'Subscriber Management' });
  await expect(subscribers).toContainText('1 of 15');
  await subscribers.getByRole('button', { name: 'Show Subscriber Management permissions' }).click();
  await expect(subscribers.getByRole('checkbox', { name: 'Add new subscribers' })).not.toBeChecked();
  await expect(subscribers.getByRole('switch', { name: /^Subscriber Management\b/ })).toBeChecked();
});
