import { expect, resellerWorld, signIn, test, openFromMenu } from './support';

test('a subscriber is found by search, suspended and reconnected, and both appear in the Action log', async ({ page }) => {
  const world = await resellerWorld();
  const { t } = world;
  await signIn(page, world.reseller.email, world.reseller.password);
  await openFromMenu(page, 'Subscribers');
  await page
    .getByRole('searchbox', { name: 'Search' })
    .or(page.getByRole('textbox', { name: 'Search' }))
    .fill(`direct-${t}`);
  await expect(page).toHaveURL(new RegExp(`q=direct-${t}`));
  await expect(page.getByText(`Below Customer ${t}`)).toHaveCount(0);
  await page
    .getByRole('link', { name: new RegExp(`Direct Customer ${t}|direct-${t}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Direct Customer ${t}` })).toBeVisible();

  await page.getByRole('button', { name: 'Suspend' }).click();
  const confirm = page.getByRole('dialog', { name: 'Suspend this subscriber?' });
  await confirm.getByRole('button', { name: 'Suspend' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Suspend' })).toHaveCount(0);
  await expect(page.getByText('Suspended', { exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Reconnect' }).click();
  await expect(page.getByRole('button', { name: 'Suspend' })).toBeVisible();
  await expect(page.getByText('Active', { exact: true }).first()).toBeVisible();

  await openFromMenu(page, 'Action log');
  await expect(page.getByRole('heading', { level: 1, name: 'Action log' })).toBeVisible();
  // At desktop width the log is a table: one row per entry, the target by its username.
  const entries = page
    .getByRole('main')
    .getByRole('row')
    .filter({ hasText: `direct-${t}` });
  await expect(entries.filter({ hasText: 'Suspended a subscriber' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Reconnected a subscriber' })).toHaveCount(1);
  // Newest first.
  const texts = await entries.allInnerTexts();
  expect(texts.findIndex((x) => x.includes('Reconnected a subscriber'))).toBeLessThan(texts.findIndex((x) => x.includes('Suspended a subscriber')));
});
