import { AccountType, admin, Api, ADMIN, expect, PASSWORD, signIn, tag, test } from './support';

test('the Admin reviews a manager role’s access: an unused key is removed with Remove unused and leaves the role’s permissions', async ({ page }) => {
  const t = tag();
  const a = await admin();
  const role = await a.role(`Review Desk ${t}`, AccountType.Staff, ['subscriber_module', 'add_subscriber']);
  const manager = await a.account({ name: `Review Manager ${t}`, email: `review.${t}@e2e.test`, type: AccountType.Staff, roleId: role.id });
  // The manager works: it lists subscribers (subscriber_module), and never adds one.
  await (await Api.signIn(manager.email, PASSWORD)).get('/subscribers');

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
  await expect(unused.getByRole('row')).toHaveCount(2); // the header and add_subscriber

  await expect(page.getByRole('button', { name: 'Remove unused' })).toBeDisabled();
  await unused.getByRole('checkbox', { name: 'Add new subscribers' }).check();
  await page.getByRole('button', { name: 'Remove unused' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove unused permissions?' });
  await expect(dialog.getByRole('listitem')).toHaveText(['Add new subscribers (add_subscriber)']);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Every permission held was used in the last 90 days.')).toBeVisible();

  // The ordinary, audited change: the role's Permissions no longer hold it.
  expect((await a.get(`/roles/${role.id}`)).permissions).toEqual(['subscriber_module']);
  await page.getByRole('tab', { name: 'Permissions' }).click();
  await expect(page).not.toHaveURL(/tab=review/);
  const subscribers = page.getByRole('region', { name: 'Subscriber Management' });
  await expect(subscribers).toContainText('1 of 15');
  await subscribers.getByRole('button', { name: 'Show Subscriber Management permissions' }).click();
  await expect(subscribers.getByRole('checkbox', { name: 'Add new subscribers' })).not.toBeChecked();
  await expect(subscribers.getByRole('switch', { name: /^Subscriber Management\b/ })).toBeChecked();
});
