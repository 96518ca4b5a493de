import { expect, test } from '@playwright/test';

test('the Admin signs in and sees its permissions grouped by module', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Email' }).fill('admin@tiergate.test');
  await page.getByRole('textbox', { name: 'Password' }).fill('admin-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('whoami')).toContainText('Admin · admin@tiergate.test');
  await expect(page.getByTestId('module-isp_management')).toContainText('Access ISP management');
  await expect(page.getByTestId('module-user_management')).toContainText('Set role permissions');
  // Allow Reseller is for types 4, 5, 7 and 8 only: the Admin's page does not show it.
  await expect(page.getByTestId('module-allow_reseller')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('whoami')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a wrong password shows the API’s message and stays on the sign-in page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Email' }).fill('admin@tiergate.test');
  await page.getByRole('textbox', { name: 'Password' }).fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid email or password');
});
