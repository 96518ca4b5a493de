#!/usr/bin/env node
// Screenshots of the panel's main screens for docs/screenshots/ (issues 8 and 9), as three accounts see them (the
// Admin, a reseller and a reseller's manager), at desktop (1280x800) and phone (390x844) width, named
// <account>-<screen>-<width>.png. Without arguments it builds and starts the system the way `pnpm start` does (on a
// throwaway database, with the demo data) and stops it after; given PANEL_URL (e.g. http://127.0.0.1:5173 while
// `pnpm start` runs) it uses that panel and its demo accounts instead. ADMIN_EMAIL / ADMIN_PASSWORD as for `pnpm start`.
// Chromium: Debian's /usr/bin/chromium unless CHROMIUM_PATH says otherwise.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startPostgres, startRedis } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs', 'screenshots');
const { chromium } = createRequire(path.join(root, 'apps/web/package.json'))('@playwright/test');

const DEMO_PASSWORD = 'demo-password';
const ACCOUNTS = {
  admin: { email: process.env.ADMIN_EMAIL ?? 'admin@tiergate.local', password: process.env.ADMIN_PASSWORD ?? 'tiergate-admin' },
  reseller: { email: 'reseller.a@demo.tiergate', password: DEMO_PASSWORD },
  manager: { email: 'manager.reseller.a@demo.tiergate', password: DEMO_PASSWORD },
};
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * The system as `pnpm start` runs it (the built API, worker and panel, with the demo data of scripts/seed-demo.mjs),
 * but on a throwaway PostgreSQL and Redis of its own, so that the screenshots always show the same fresh demo and
 * a `pnpm start` already running (its .data/ and ports) is left alone.
 */
async function startSystem() {
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    process.stdout.write('Building… ');
    const build = spawn('node', ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let buildOutput = '';
    build.stdout.on('data', (c) => (buildOutput += c));
    build.stderr.on('data', (c) => (buildOutput += c));
    if ((await new Promise((resolve) => build.once('exit', resolve))) !== 0) throw new Error(`the build failed:\n${buildOutput}`);
    console.log('done.');
    const work = mkdtempSync(path.join(os.tmpdir(), 'tiergate-screenshots-'));
    stops.push(async () => rmSync(work, { recursive: true, force: true }));
    const pg = await startPostgres({ dir: path.join(work, 'pg'), persistent: false });
    stops.push(pg.stop);
    const redis = await startRedis();
    stops.push(redis.stop);
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const env = {
      ...process.env,
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: ACCOUNTS.admin.email,
      ADMIN_PASSWORD: ACCOUNTS.admin.password,
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      TRUST_PROXY: '127.0.0.1',
      CURRENCY: process.env.CURRENCY ?? 'BDT', // as `pnpm start` shows the demo
      // The demo's roles get their permissions from the seed; the predefined-permissions jobs then only mark them
      // "skipped". Run those soon, so the screens show the settled state a running system shows.
      PREDEFINED_PERMISSIONS_DELAY_MS: '1000',
      SWEEP_INTERVAL_MS: '1000',
    };
    const part = (args, options = {}) => {
      const child = spawn(args[0], args.slice(1), { cwd: root, env, stdio: 'ignore', ...options });
      stops.push(
        () =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      );
      return child;
    };
    part(['node', 'apps/api/dist/main.js']);
    await until(() => answers(`http://127.0.0.1:${apiPort}/api/health`), 'the API');
    part(['node', 'apps/worker/dist/main.js']);
    part(['node', path.join(root, 'apps/web/node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(webPort), '--strictPort'], {
      cwd: path.join(root, 'apps/web'),
      env: { ...env, API_URL: `http://127.0.0.1:${apiPort}` },
    });
    const url = `http://127.0.0.1:${webPort}`;
    await until(() => answers(`${url}/api/health`), 'the panel');
    process.stdout.write('Adding the demo data… ');
    const { seedDemo } = await import('./seed-demo.mjs');
    await seedDemo(`http://127.0.0.1:${apiPort}/api`, ACCOUNTS.admin);
    const token = await login(url, ACCOUNTS.admin);
    await until(async () => (await api(url, token, '/roles')).every((r) => r.defaultsStatus !== 'pending'), 'the predefined-permissions jobs', 30_000);
    console.log('done.');
    return { url, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

const answers = (url) =>
  fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (r) => r.ok,
    () => false,
  );
async function until(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function api(base, token, p) {
  const res = await fetch(`${base}/api${p}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
  return res.json();
}

async function login(base, { email, password }) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign in as ${email}: ${res.status} ${await res.text()} (are the demo accounts there? DEMO=false leaves them out)`);
  return (await res.json()).accessToken;
}

/** Each page's requests still under way, but for the event stream, which stays open as long as the panel. */
const inFlight = new WeakMap();
function trackRequests(page) {
  const open = new Set();
  inFlight.set(page, open);
  page.on('request', (r) => !r.url().includes('/api/events') && open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
}

/** Waits until the screen has settled: its heading is there, no loader turns, fonts and images are in. */
async function settle(page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Not Playwright's networkidle: the panel keeps its event stream (GET /api/events) open, so it never comes.
  for (let quietChecks = 0, deadline = Date.now() + 15_000; quietChecks < 2 && Date.now() < deadline; await page.waitForTimeout(250)) {
    quietChecks = inFlight.get(page).size === 0 ? quietChecks + 1 : 0;
  }
  await page
    .waitForFunction(() => !document.querySelector('main [aria-label="Loading"], [role="dialog"] [aria-label="Loading"]'), null, { timeout: 15_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400); // transitions (modals, collapses)
}

const problems = [];
let system = null;
const base = (process.env.PANEL_URL ?? '').replace(/\/$/, '') || (system = await startSystem()).url;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // The records the detail screens show: the demo's reseller role, reseller A's manager, and a subscriber.
  const adminToken = await login(base, ACCOUNTS.admin);
  const roles = await api(base, adminToken, '/roles');
  const resellerRole = roles.find((r) => r.type === 3 && !r.isSystem) ?? roles[0];
  const managerAccount = (await api(base, adminToken, `/users?q=${encodeURIComponent(ACCOUNTS.manager.email)}`)).items[0];
  const subscriber = (await api(base, adminToken, '/subscribers?limit=1')).items[0];
  const resellerToken = await login(base, ACCOUNTS.reseller);
  const resellerSubscriber = (await api(base, resellerToken, '/subscribers?limit=1')).items[0];
  const ticket = (await api(base, adminToken, '/tickets?limit=1')).items[0];

  /** [account, screen, path, widths, then: what to do on the page before the shot] */
  const shots = [
    ['admin', 'dashboard', '/', [DESKTOP, PHONE]],
    ['admin', 'roles', '/roles', [DESKTOP]],
    ['admin', 'role', `/roles/${resellerRole.id}`, [DESKTOP, PHONE]],
    ['admin', 'role-history', `/roles/${resellerRole.id}?tab=history`, [DESKTOP, PHONE]],
    ['admin', 'role-access-review', `/roles/${resellerRole.id}?tab=review`, [DESKTOP, PHONE]],
    ['admin', 'role-compare', `/roles/compare?a=${resellerRole.id}@1&b=${resellerRole.id}`, [DESKTOP, PHONE]],
    ['admin', 'users', '/users', [DESKTOP]],
    [
      'admin',
      'user-effective-permissions',
      `/users/${managerAccount?.id}`,
      [DESKTOP],
      async (page) => {
        await page.getByRole('button', { name: 'Effective permissions' }).click();
        await page.getByRole('dialog').waitFor();
      },
    ],
    ['admin', 'subscribers', '/subscribers', [DESKTOP, PHONE]],
    ['admin', 'subscribers-by-name-page-2', '/subscribers?sort=name', [DESKTOP, PHONE], (page) => page.getByRole('button', { name: 'Next page' }).click()],
    ['admin', 'subscriber', `/subscribers/${subscriber?.id}`, [DESKTOP, PHONE]],
    ['admin', 'invoices', '/invoices', [DESKTOP, PHONE]],
    ['admin', 'payments', '/payments', [DESKTOP]],
    ['admin', 'ledger', '/ledger', [DESKTOP, PHONE]],
    ['admin', 'reports', '/reports', [DESKTOP]],
    ['admin', 'audit', '/audit', [DESKTOP, PHONE]],
    ['admin', 'packages', '/packages', [DESKTOP, PHONE]],
    ['admin', 'modules', '/settings/modules', [DESKTOP]],
    ['admin', 'tickets', '/tickets', [DESKTOP, PHONE]],
    ['admin', 'ticket', `/tickets/${ticket?.id}`, [DESKTOP, PHONE]],
    ['admin', 'messages', '/messages', [DESKTOP, PHONE]],
    ['admin', 'messages-templates', '/messages?tab=templates', [DESKTOP, PHONE]],
    [
      'admin',
      'messages-settings',
      '/messages?tab=settings',
      [DESKTOP, PHONE],
      async (page) => {
        await page.getByRole('combobox', { name: 'Provider' }).click();
        await page.getByRole('option', { name: 'HTTP gateway' }).click();
      },
    ],
    [
      'admin',
      'messages-send',
      '/messages',
      [DESKTOP, PHONE],
      async (page) => {
        await page.getByRole('button', { name: 'Send message' }).click();
        await page.getByRole('dialog').getByRole('status').waitFor();
      },
    ],
    ['reseller', 'dashboard', '/', [DESKTOP, PHONE]],
    ['reseller', 'ledger', '/ledger', [DESKTOP, PHONE]],
    ['reseller', 'roles', '/roles', [DESKTOP]],
    ['reseller', 'users', '/users', [DESKTOP]],
    ['reseller', 'payments', '/payments', [DESKTOP, PHONE]],
    [
      'reseller',
      'subscriber-activity',
      `/subscribers/${resellerSubscriber?.id}`,
      [DESKTOP, PHONE],
      async (page) => {
        await page.getByRole('tab', { name: 'Activity' }).click();
      },
    ],
    [
      'reseller',
      'menu',
      `/subscribers/${resellerSubscriber?.id}`,
      [PHONE],
      async (page) => {
        await page.getByRole('button', { name: 'Open the menu' }).click();
      },
    ],
    // Last of the reseller's: the preview stays on in its tab.
    [
      'reseller',
      'preview-of-manager',
      `/users/${managerAccount?.id}`,
      [DESKTOP, PHONE],
      async (page) => {
        await page.getByRole('button', { name: 'Preview as' }).click();
        await page.getByText('Previewing as').first().waitFor();
        await page.goto('/subscribers');
      },
    ],
    ['manager', 'dashboard', '/', [DESKTOP]],
    ['manager', 'subscribers', '/subscribers', [DESKTOP, PHONE]],
  ];

  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith('.png')) rmSync(path.join(out, f));
  for (const account of Object.keys(ACCOUNTS)) {
    for (const size of [DESKTOP, PHONE]) {
      const mine = shots.filter(([who, , , widths]) => who === account && widths.includes(size));
      if (!mine.length) continue;
      const context = await browser.newContext({ viewport: size, baseURL: base, colorScheme: 'light', locale: 'en-GB', timezoneId: 'Asia/Dhaka' });
      const page = await context.newPage();
      trackRequests(page);
      page.on('console', (msg) => msg.type() === 'error' && problems.push(`${account} ${page.url()}: ${msg.text()}`));
      page.on('pageerror', (e) => problems.push(`${account} ${page.url()}: ${e.message}`));
      await page.goto('/sign-in');
      await page.getByRole('textbox', { name: 'Email' }).fill(ACCOUNTS[account].email);
      await page.getByRole('textbox', { name: 'Password' }).fill(ACCOUNTS[account].password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      for (const [, screen, p, , before] of mine) {
        await page.goto(p);
        await settle(page);
        if (before) {
          await before(page);
          await settle(page);
        }
        const heading = await page.getByRole('heading', { level: 1 }).first().innerText();
        if (/^(Not permitted|Page not found)$/.test(heading)) problems.push(`${account} ${p}: shows “${heading}”`);
        const file = path.join(out, `${account}-${screen}-${size.width}.png`);
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        console.log(`${path.relative(root, file)}  ${Math.round(statSync(file).size / 1024)} KB`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await system?.stop();
}
if (problems.length) {
  console.error(`\nProblems seen while taking them:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
