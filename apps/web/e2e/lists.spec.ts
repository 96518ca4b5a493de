import { admin, expect, resellerWorld, signIn, test, type Page } from './support';

/** The screen is no wider than the window: nothing scrolls sideways. */
async function fitsTheWindow(page: Page, path: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Ledger, Payments and Subscribers are cards, and nothing scrolls sideways', async ({ page }) => {
    const { t, reseller, sub, direct } = await resellerWorld();
    await (await admin()).post(`/users/${reseller.id}/balance`, { amount: '10000.00' });
    const note = `Paid at the office, receipt ${'Y'.repeat(80)}`;
    await reseller.api.post(`/users/${sub.id}/balance`, { amount: '1500.50', note });
    // A reference with no place to break: it wraps inside its card.
    const reference = `REF-${t}-${'X'.repeat(80)}`;
    await reseller.api.post(`/subscribers/${direct.id}/payments`, { amount: '1250.00', method: 'bank', reference });

    await signIn(page, reseller.email, reseller.password);
    const screens = [
      { path: '/ledger', title: 'Ledger', list: 'Ledger entries', shows: note },
      { path: '/payments', title: 'Payments', list: 'Payments', shows: reference },
      { path: '/subscribers', title: 'Subscribers', list: 'Subscribers', shows: `direct-${t}` },
    ];
    for (const { path, title, list, shows } of screens) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      const cards = page.getByRole('main').getByRole('list', { name: list }).getByRole('listitem');
      await expect(cards.filter({ hasText: shows }).first()).toBeVisible();
      await expect(page.getByRole('main').getByRole('table')).toHaveCount(0);
      await expect(page.getByRole('main').getByRole('status')).toContainText('Page 1 ·');
      // The headers' sort buttons are gone with the table: a select sorts the cards.
      await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeVisible();
      await fitsTheWindow(page, path);
    }
  });
});

test('a sorted list keeps its sort and page through a reload and Back; a new search starts again at page 1', async ({ page }) => {
  const { t, reseller } = await resellerWorld();
  // With the world's two customers, 53 subscribers: two pages of 50.
  const names = Array.from({ length: 51 }, (_, i) => `p-${t}-${String(i).padStart(2, '0')}`);
  for (let i = 0; i < names.length; i += 10) {
    await Promise.all(names.slice(i, i + 10).map((username) => reseller.api.subscriber({ username, name: `Paged ${username}`, ownerId: reseller.id })));
  }

  await signIn(page, reseller.email, reseller.password);
  await page.goto('/subscribers');
  const main = page.getByRole('main');
  const status = main.getByRole('status');
  const rows = main.getByRole('row');
  const username = main.getByRole('button', { name: 'Sort by Username' });
  const usernameHeader = main.getByRole('columnheader', { name: 'Sort by Username' });
  await expect(status).toHaveText('Page 1 · 53 subscribers match');

  await username.click();
  await expect(usernameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.nth(1)).toContainText(`below-${t}`);
  await username.click();
  await expect(usernameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(1)).toContainText(names[50]);

  await main.getByRole('button', { name: 'Next page' }).click();
  await expect(status).toHaveText('Page 2 · 53 subscribers match');
  await expect(rows).toHaveCount(4); // the header and the last three: p-…-00, direct-…, below-…
  await expect(rows.nth(3)).toContainText(`below-${t}`);
  await expect(page).toHaveURL(/[?&]sort=-username/);

  await page.reload();
  await expect(status).toHaveText('Page 2 · 53 subscribers match');
  await expect(usernameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(3)).toContainText(`below-${t}`);
  await expect(main.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await page.goBack();
  await expect(status).toHaveText('Page 1 · 53 subscribers match');
  await expect(rows.nth(1)).toContainText(names[50]);
  await page.goForward();
  await expect(status).toHaveText('Page 2 · 53 subscribers match');

  await page.getByRole('searchbox', { name: 'Search' }).fill(`p-${t}`);
  await expect(status).toHaveText('Page 1 · 51 subscribers match');
  await expect(rows.nth(1)).toContainText(names[50]);
  await expect(page).not.toHaveURL(/[?&]page=/);
});

test('a link to a page whose cursor was cut short says so and offers the first page', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 400 .*\/api\/payments\?/); // the API's refusal of the cursor, provoked here
  const { reseller } = await resellerWorld();
  await signIn(page, reseller.email, reseller.password);
  await page.goto('/payments?sort=-amount&page=3&cursor=eyJzb3J0Ijoi');
  const main = page.getByRole('main');
  await expect(main.getByRole('alert')).toContainText('This page link no longer works');
  await main.getByRole('button', { name: 'First page' }).click();
  await expect(main.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]sort=-amount/);
  await expect(page).not.toHaveURL(/[?&](page|cursor)=/);
});
