import { test as base, expect, type Browser, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';
import * as accessModule from '@tiergate/access';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
export { scaled } from '../../api/test/support/time-scale';

// libs/access is CommonJS once built, and the specs run as ES modules: its exports are on the default import there.
const access = ((accessModule as { default?: unknown }).default ?? accessModule) as typeof accessModule;
export const { AccountType, allowedKeysForType } = access;
export type AccountType = accessModule.AccountType;
type PermissionKey = accessModule.PermissionKey;

/** The Admin serve.mjs creates on its empty database. */
export const ADMIN = { email: 'admin@tiergate.test', password: 'admin-password-1' };
export const PASSWORD = 'e2e-password-1';
const apiBase = () => `http://127.0.0.1:${process.env.E2E_PORT}/api`;

/** A short tag that keeps each spec's names apart (specs run side by side on one database). */
export const tag = () => randomBytes(3).toString('hex');

/** The HTTP API, for building fixtures where the UI is not the point (through the panel's proxy, as the SPA calls it). */
export class Api {
  private constructor(
    readonly token: string,
    readonly me: { id: number; name: string; type: AccountType; permissions: PermissionKey[] },
  ) {}

  static async signIn(email: string, password: string): Promise<Api> {
    const res = await fetch(`${apiBase()}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`sign in as ${email}: ${res.status} ${await res.text()}`);
    const { accessToken } = (await res.json()) as { accessToken: string };
    const me = await (await fetch(`${apiBase()}/me`, { headers: { authorization: `Bearer ${accessToken}` } })).json();
    return new Api(accessToken, me);
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${apiBase()}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
  get = <T = any>(path: string) => this.call<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.call<T>('POST', path, body);
  put = <T = any>(path: string, body?: unknown) => this.call<T>('PUT', path, body);

  /** A role with exactly these permissions (saved before the predefined ones arrive, so they are left alone: R8). */
  async role(name: string, type: AccountType, permissions: readonly PermissionKey[]): Promise<{ id: number; name: string; displayName: string }> {
    const role = await this.post('/roles', { name, type });
    await this.put(`/roles/${role.id}/permissions`, { permissions });
    return role;
  }

  async account(body: { name: string; email: string; type: AccountType; roleId: number; scope?: 'direct' | 'subtree'; phone?: string }) {
    return this.post<{ id: number; name: string; email: string }>('/users', { password: PASSWORD, ...body });
  }

  async subscriber(body: { username: string; name: string; ownerId?: number; phone?: string; packageId?: number }) {
    return this.post<{ id: number; username: string; name: string }>('/subscribers', body);
  }
}

/**
 * Brings a new role's predefined permissions forward to now (serve.mjs makes them due in an hour): the worker's
 * sweep then applies them, whatever the machine's load, and the spec watches for that rather than for a clock.
 */
export async function makeRoleDefaultsDue(roleId: number) {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${process.env.E2E_DATABASE}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`UPDATE roles SET defaults_due_at = now() WHERE id = $1 AND defaults_status = 'pending'`, [roleId]);
  } finally {
    await client.end();
  }
}

let adminApi: Promise<Api> | null = null;
export const admin = () => (adminApi ??= Api.signIn(ADMIN.email, ADMIN.password));

/**
 * A reseller of its own (its role holds every key a reseller may), with a sub-reseller below it and a customer
 * each: what most specs start from.
 */
export async function resellerWorld(t = tag()) {
  const a = await admin();
  const resellerRole = await a.role(`Reseller ${t}`, AccountType.Reseller, allowedKeysForType(AccountType.Reseller));
  const reseller = await a.account({ name: `Reseller ${t}`, email: `reseller.${t}@e2e.test`, type: AccountType.Reseller, roleId: resellerRole.id });
  const r = await Api.signIn(reseller.email, PASSWORD);
  const subRole = await r.role(
    `Sub ${t}`,
    AccountType.Subreseller,
    allowedKeysForType(AccountType.Subreseller).filter((k) => r.me.permissions.includes(k)),
  );
  const sub = await r.account({ name: `Subreseller ${t}`, email: `sub.${t}@e2e.test`, type: AccountType.Subreseller, roleId: subRole.id });
  const direct = await r.subscriber({ username: `direct-${t}`, name: `Direct Customer ${t}`, ownerId: reseller.id });
  const below = await r.subscriber({ username: `below-${t}`, name: `Below Customer ${t}`, ownerId: sub.id });
  return { t, reseller: { ...reseller, password: PASSWORD, api: r, roleId: resellerRole.id }, sub, direct, below };
}

/** Console errors and uncaught page errors: every spec fails on them (issue 8 item 9). */
interface ConsoleWatch {
  /** Errors a spec provokes on purpose, e.g. the 401 of a wrong password. */
  allow(pattern: RegExp): void;
  watch(context: BrowserContext): void;
}

export const test = base.extend<{ consoleWatch: ConsoleWatch; signedIn: (email: string, password: string) => Promise<Page> }>({
  consoleWatch: [
    async ({ context }, use, testInfo) => {
      const errors: string[] = [];
      // The browser's own request for /favicon.ico is checked once, in auth.spec.ts, not on every page.
      const allowed: RegExp[] = [/\/favicon\.ico\)$/];
      const record = (where: string, text: string) => {
        if (!allowed.some((re) => re.test(text))) errors.push(`${where}: ${text}`);
      };
      const watch = (ctx: BrowserContext) => {
        ctx.on('console', (msg: ConsoleMessage) => {
          if (msg.type() === 'error' || (msg.type() === 'warning' && /^Warning:|React/.test(msg.text())))
            record(msg.page()?.url() ?? '?', `${msg.text()} (${msg.location().url})`);
        });
        ctx.on('weberror', (e) => record(e.page()?.url() ?? '?', `uncaught: ${e.error().message}`));
      };
      watch(context);
      await use({ allow: (re) => allowed.push(re), watch });
      if (errors.length) {
        await testInfo.attach('console errors', { body: errors.join('\n'), contentType: 'text/plain' });
        throw new Error(`console errors on the panel's pages:\n  ${errors.join('\n  ')}`);
      }
    },
    { auto: true },
  ],
  /** A page of a browser context of its own (another person), signed in through the form. */
  signedIn: async ({ browser, consoleWatch }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (email, password) => {
      const context = await browser.newContext();
      contexts.push(context);
      consoleWatch.watch(context);
      const page = await context.newPage();
      await signIn(page, email, password);
      return page;
    });
    for (const c of contexts) await c.close();
  },
});
export { expect };
export type { Browser, Page };

/** Signs in through the form, as a person does, and waits for the panel. */
export async function signIn(page: Page, email: string, password: string, path = '/sign-in') {
  await page.goto(path);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** The side menu (UI.md), as a person sees it at desktop width. */
export const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

/** Opens a screen from the side menu. */
export const openFromMenu = (page: Page, label: string) => mainMenu(page).getByRole('link', { name: label, exact: true }).click();

/** The side menu's visible links, in order. */
export async function menuLinks(page: Page): Promise<string[]> {
  await expect(mainMenu(page).getByRole('link', { name: 'Dashboard' })).toBeVisible();
  return (await mainMenu(page).getByRole('link').filter({ visible: true }).allInnerTexts()).map((s) => s.trim());
}

/**
 * The window gets the focus back, as when a person returns to the tab: react-query (v5) listens for
 * `visibilitychange` on window and fetches stale queries again, /me among them (UI.md).
 */
export async function refocus(page: Page) {
  await page.evaluate(() => {
    window.dispatchEvent(new Event('focus'));
    window.dispatchEvent(new Event('visibilitychange'));
  });
}

/**
 * Holds back the browser's requests matching `url` (method `method`) until `release()`: what a slow network or a
 * busy API does to them, to show the panel does not wait on them. Once released, they and later ones pass at once.
 */
export async function holdRequests(page: Page, url: RegExp, method = 'GET') {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(url, async (route) => {
    if (route.request().method() !== method) return route.fallback();
    held += 1;
    await released;
    await route.continue();
  });
  return {
    /** How many requests were held. */
    held: () => held,
    release,
  };
}
