import { AccountType, admin, ADMIN, expect, PASSWORD, signIn, tag, test } from './support';

test('signing in returns to the URL that was asked for, and a deep link survives a reload', async ({ page }) => {
  await page.goto('/audit?action=auth.login');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole('textbox', { name: 'Email' }).fill(ADMIN.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/audit\?action=auth\.login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Action log' })).toBeVisible();

  await page.goto('/roles');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Roles & Permissions' })).toBeVisible();
  await expect(page).toHaveURL(/\/roles$/);
});

test('a second tab is already signed in, and signing out in one tab signs out the other', async ({ page, context }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const second = await context.newPage();
  await second.goto('/users');
  await expect(second.getByRole('heading', { level: 1, name: 'Resellers & Managers' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await second.getByRole('button', { name: 'Sign out' }).click();
  await expect(second.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('a wrong password shows the API’s message and stays on the sign-in page', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/status of 401/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole('textbox', { name: 'Email' }).fill(ADMIN.email);
  await page.getByRole('textbox', { name: 'Password' }).fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Invalid email or password');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('the panel names its icon, so the browser does not ask for a missing /favicon.ico (a console error on every page)', async ({ playwright, baseURL }) => {
  // Chromium asks for /favicon.ico once per browser and host (not among Playwright's network events; a 404 shows as
  // a console error), so this test looks with a browser of its own.
  const browser = await playwright.chromium.launch(test.info().project.use.launchOptions);
  try {
    const page = await browser.newPage({ baseURL });
    const missing: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && /favicon/.test(msg.location().url) && missing.push(msg.location().url));
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    // The page names an icon that is served, so the browser has no reason to guess /favicon.ico.
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBeTruthy();
    expect((await page.request.get(icon!)).status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(missing).toEqual([]);
  } finally {
    await browser.close();
  }
});

test('a session that ends (the account is disabled) returns to sign-in with a message, and signing in again is refused in words', async ({
  page,
  consoleWatch,
}) => {
  const t = tag();
  const a = await admin();
  const role = await a.role(`Ends ${t}`, AccountType.Staff, ['subscriber_module']);
  const staff = await a.account({ name: `Ends ${t}`, email: `ends.${t}@e2e.test`, type: AccountType.Staff, roleId: role.id });
  await signIn(page, staff.email, PASSWORD);
  // From the change on: the panel's own requests may meet the 401 before the change has even answered the Admin (the
  // event stream it opens as it signs in, for one).
  consoleWatch.allow(/status of 401/);
  await a.call('PATCH', `/users/${staff.id}`, { status: 'disabled' });
  // The next request is refused wherever it comes from (the dashboard's own calls may already meet the 401),
  // so open a screen by its URL rather than racing a menu click against the sign-out.
  await page.goto('/subscribers');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('status').or(page.getByRole('alert')).first()).toContainText(/session has ended|disabled/i);
  // The session may end in a page that is then left (a typed URL, a reload): the tab remembers why until the next sign-in.
  // (Another URL than the one shown: Chromium turns a navigation to the same URL into a reload, which keeps its state.)
  await page.goto('/roles');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('status')).toContainText(/session has ended/i);

  await page.getByRole('textbox', { name: 'Email' }).fill(staff.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText(/disabled/i);
});
