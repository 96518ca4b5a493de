import { AccountType, admin, ADMIN, expect, signIn, tag, test } from './support';

test('the effective-permissions view explains a revoked key', async ({ page }) => {
  const t = tag();
  const a = await admin();
  const role = await a.role(`Support ${t}`, AccountType.Staff, ['subscriber_module', 'subscriber_profile', 'add_subscriber', 'edit_subscriber']);
  const staff = await a.account({ name: `Staff ${t}`, email: `staff.${t}@e2e.test`, type: AccountType.Staff, roleId: role.id });
  await a.put(`/users/${staff.id}/permissions`, { grants: [], revokes: ['add_subscriber'] });

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/users/${staff.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Staff ${t}` })).toBeVisible();
  await page.getByRole('button', { name: 'Effective permissions' }).click();
  const dialog = page.getByRole('dialog', { name: /Effective permissions/ });
  await dialog.getByText('All', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'All' })).toBeChecked();
  await dialog
    .getByRole('searchbox', { name: 'Search' })
    .or(dialog.getByRole('textbox', { name: 'Search' }))
    .fill('add_subscriber');
  const row = dialog.getByRole('listitem').filter({ hasText: 'add_subscriber' });
  await expect(row).toHaveCount(1);
  await expect(row.getByLabel('Not granted')).toBeVisible();
  await expect(row).toContainText('Revoked from this account');
  // A key the role gives is explained too.
  await dialog
    .getByRole('searchbox', { name: 'Search' })
    .or(dialog.getByRole('textbox', { name: 'Search' }))
    .fill('edit_subscriber');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'edit_subscriber' })).toContainText('From the role');
});
