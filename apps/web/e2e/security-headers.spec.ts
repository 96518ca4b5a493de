import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../security-headers';
import { ADMIN, expect, signIn, test } from './support';

/** The panel as users get it: served by `vite preview`, as `pnpm start` serves it (DESIGN §6, issue 13 item 5). */
const expected = Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([name, value]) => [name.toLowerCase(), value]));

test('every page and file of the panel comes with its security headers', async ({ page, request }) => {
  await page.goto('/sign-in');
  const script = await page.locator('script[src]').first().getAttribute('src');
  for (const url of ['/', '/sign-in', '/roles?x=1', '/favicon.svg', script!]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers(), url).toMatchObject(expected);
  }
});

test('a page on another origin cannot frame the sign-in form', async ({ page, baseURL, consoleWatch }) => {
  consoleWatch.allow(/frame-ancestors 'none'/);
  // Another site (another port: another origin) whose page frames a page of its own, which shows (so framing works
  // there), and the panel's sign-in.
  const site = http.createServer((req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(req.url === '/own' ? '<button>Sign in</button>' : `<iframe id="own" src="/own"></iframe><iframe id="panel" src="${baseURL}/sign-in"></iframe>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  try {
    const refused = page.waitForEvent('console', (msg) => /^Framing '.*' violates .*"frame-ancestors 'none'"/.test(msg.text()));
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
    await expect(page.frameLocator('#own').getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect((await refused).text()).toContain(new URL(baseURL!).host);
    await expect(page.frameLocator('#panel').getByRole('textbox', { name: 'Password' })).toHaveCount(0);
  } finally {
    site.close();
  }
  // The same page, opened on its own, does show the form.
  await page.goto('/sign-in');
  await expect(page.getByRole('textbox', { name: 'Password' })).toBeVisible();
});

test('the refresh token is an HttpOnly, Secure, SameSite=Strict cookie for the refresh path only, and keeps the session going', async ({
  page,
  context,
  consoleWatch,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const cookie = (await context.cookies()).find((c) => c.name === 'tiergate_refresh');
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/auth/refresh' });
  // Out of script's reach: not in document.cookie, not in storage.
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(storage).not.toContain(cookie!.value);
  expect(storage).not.toContain(cookie!.value.split('.')[1]);

  // The access token has run out (here: it is refused): the panel refreshes through the cookie and carries on.
  consoleWatch.allow(/status of 401/);
  await page.evaluate(() => localStorage.setItem('tiergate.access', 'expired'));
  await page.goto('/roles');
  await expect(page.getByRole('heading', { level: 1, name: 'Roles & Permissions' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('tiergate.access'))).not.toBe('expired');
  const rotated = (await context.cookies()).find((c) => c.name === 'tiergate_refresh');
  expect(rotated?.value).toBeTruthy();
  expect(rotated!.value).not.toBe(cookie!.value);
});
