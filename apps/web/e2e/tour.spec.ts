import { ADMIN, AccountType, expect, resellerWorld, signIn, test, type Page } from './support';

/**
 * Every screen, as the Admin and as a reseller, at desktop and phone width: each shows its title (h1), none says
 * Not permitted or Page not found, none logs a console error (the fixture fails on them), and at 390 px none
 * is wider than the screen (tables scroll inside their own container).
 */
async function visit(page: Page, path: string, title: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main').getByLabel('Loading')).toHaveCount(0);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${path} is wider than the window`).toBeLessThanOrEqual(innerWidth);
}

async function screensOf(kind: 'admin' | 'reseller') {
  const world = await resellerWorld();
  const role =
    kind === 'admin'
      ? { id: world.reseller.roleId, title: `Reseller ${world.t}` }
      : await world.reseller.api
          .role(`Tour desk ${world.t}`, AccountType.ResellerStaff, ['subscriber_module'])
          .then((r) => ({ id: r.id, title: r.displayName }));
  const screens: [string, string | RegExp][] = [
    ['/', 'Dashboard'],
    ['/roles', 'Roles & Permissions'],
    [`/roles/${role.id}`, role.title],
    ['/users', 'Resellers & Managers'],
    [`/users/${world.sub.id}`, `Subreseller ${world.t}`],
    ['/subscribers', 'Subscribers'],
    [`/subscribers/${world.direct.id}`, `Direct Customer ${world.t}`],
    ['/invoices', 'Invoices'],
    ['/payments', 'Payments'],
    ['/ledger', 'Ledger'],
    ['/reports', 'Reports'],
    ['/audit', 'Action log'],
    ['/profile', 'My profile'],
  ];
  if (kind === 'admin') screens.push(['/packages', 'Packages'], ['/settings/modules', 'Modules']);
  return { world, screens };
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 800 } });
    // A dozen and more screens one after another: on a busy machine that is several ordinary tests' worth of time.
    test.slow();

    test('the Admin opens every screen', async ({ page }) => {
      const { screens } = await screensOf('admin');
      await signIn(page, ADMIN.email, ADMIN.password);
      for (const [path, title] of screens) await visit(page, path, title);
    });

    test('a reseller opens every screen of its menu', async ({ page }) => {
      const { world, screens } = await screensOf('reseller');
      await signIn(page, world.reseller.email, world.reseller.password);
      for (const [path, title] of screens) await visit(page, path, title);
    });
  });
}
