import { AccountType, admin, Api, expect, openFromMenu, PASSWORD, resellerWorld, scaled, signIn, tag, test } from './support';

test('a reseller’s manager records a cash payment for a subscriber’s open invoice on its profile, and the invoice turns Paid', async ({ page }) => {
  const world = await resellerWorld();
  const { t, reseller } = world;
  // The reseller builds the manager's role and the manager through the API; the invoice is the reseller's too.
  // invoice_module and payment_module sit in the Accounting module: without its module key (accounting_module) they
  // are not effective ("module permission missing", libs/access effective-permissions.ts), so the role holds it too.
  const desk = await reseller.api.role(`Cashier ${t}`, AccountType.ResellerStaff, [
    'accounting_module',
    'subscriber_module',
    'subscriber_profile',
    'subscriber_invoice',
    'subscriber_payment',
    'invoice_module',
    'payment_module',
  ]);
  const manager = await reseller.api.account({ name: `Cashier ${t}`, email: `cashier.${t}@e2e.test`, type: AccountType.ResellerStaff, roleId: desk.id });
  const invoice = await reseller.api.post<{ id: number; number: string; status: string; amount: string }>(`/subscribers/${world.direct.id}/invoices`, {
    amount: 750,
  });
  expect(invoice.status).toBe('open');

  await signIn(page, manager.email, PASSWORD);
  await openFromMenu(page, 'Subscribers');
  await page
    .getByRole('link', { name: new RegExp(`Direct Customer ${t}|direct-${t}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Direct Customer ${t}` })).toBeVisible();

  // The Invoices tab (the only one this role opens) lists the invoice as Open.
  await page.getByRole('tab', { name: 'Invoices' }).click();
  const row = page.getByRole('tabpanel', { name: 'Invoices' }).getByRole('row').filter({ hasText: invoice.number });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Open', { exact: true })).toBeVisible();

  // "Record payment" in the profile's header: cash, against the open invoice; the amount owed is filled in.
  await page.getByRole('main').getByRole('button', { name: 'Record payment' }).first().click();
  const dialog = page.getByRole('dialog', { name: `Record payment from Direct Customer ${t}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Invoice' }).click();
  await page.getByRole('option', { name: new RegExp(invoice.number) }).click();
  await expect(dialog.getByRole('textbox', { name: 'Amount' })).toHaveValue('750.00');
  await expect(dialog.getByRole('combobox', { name: 'Method' })).toHaveValue('Cash');
  await dialog.getByRole('textbox', { name: 'Reference' }).fill(`Receipt ${t}`);
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();

  // The invoice is Paid on the profile's Invoices tab, without a reload…
  await expect(row.getByText('Paid', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Record payment' })).toHaveCount(0);
  // …on the Invoices page…
  await openFromMenu(page, 'Invoices');
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  const listed = page.getByRole('main').getByRole('row').filter({ hasText: invoice.number });
  await expect(listed.getByText('Paid', { exact: true })).toBeVisible();
  // …and the payment is on the Payments page, in cash.
  await openFromMenu(page, 'Payments');
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByRole('row')
      .filter({ hasText: `Receipt ${t}` })
      .getByText('Cash', { exact: true }),
  ).toBeVisible();

  // The API agrees: paid in full, one cash payment by the manager.
  const after = await reseller.api.get<{ items: { id: number; status: string; paid: string }[] }>(`/invoices?subscriberId=${world.direct.id}`);
  expect(after.items.find((i) => i.id === invoice.id)).toMatchObject({ status: 'paid', paid: '750.00' });
});

test('the Admin generates a month’s invoices and watches the job until its summary', async ({ page }) => {
  const t = tag();
  const a = await admin();
  const pkg = await a.post<{ id: number }>('/packages', { name: `Home ${t}`, price: 600, validityDays: 30 });
  const customers = await Promise.all([1, 2, 3].map((n) => a.subscriber({ username: `billed-${n}-${t}`, name: `Billed ${n} ${t}`, packageId: pkg.id })));
  // A month of its own (no other spec bills it), 2 to 23 months back (within the billing window, R14): every active
  // subscriber with a package gets its bill.
  const now = new Date();
  const period = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2 - (parseInt(t, 16) % 22), 1)).toISOString().slice(0, 7);
  const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric' }).format(
    new Date(Number(period.slice(0, 4)), Number(period.slice(5)) - 1, 1),
  );

  await signIn(page, 'admin@tiergate.test', 'admin-password-1');
  await openFromMenu(page, 'Invoices');
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  await page.getByRole('button', { name: 'Generate invoices' }).click();
  const dialog = page.getByRole('dialog', { name: 'Generate invoices' });
  const field = dialog.getByRole('textbox', { name: 'Period' });
  // A month in another shape is refused in the form.
  await field.fill('11/2026');
  await dialog.getByRole('button', { name: 'Generate' }).click();
  await expect(dialog.getByText('A month as YYYY-MM, for example 2026-11')).toBeVisible();
  await field.fill(period);
  await dialog.getByRole('button', { name: 'Generate' }).click();

  // The progress bar, then the summary once the worker is done.
  await expect(dialog.getByRole('progressbar', { name: 'Generation progress' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('Done.', { timeout: scaled(30_000) });
  const summary = dialog.getByRole('alert').filter({ hasText: 'Invoices generated' });
  await expect(summary).toContainText(`for ${monthName}`);
  const text = await summary.innerText();
  const created = Number(/(\S+) new invoices? for/.exec(text)![1].replace(/\D/g, ''));
  expect(created).toBeGreaterThanOrEqual(3);
  expect(text).toMatch(/\b0 subscribers were already invoiced/);
  await expect(dialog.getByRole('progressbar', { name: 'Generation progress' })).toHaveAttribute('aria-valuenow', '100');

  // Exactly that many invoices exist for the month, ours among them, at the package price.
  const billed: { subscriberId: number; amount: string; status: string }[] = [];
  for (let cursor: string | null = null; ;) {
    const pageOf: { items: typeof billed; nextCursor: string | null } = await a.get(`/invoices?period=${period}${cursor ? `&cursor=${cursor}` : ''}`);
    billed.push(...pageOf.items);
    if (!pageOf.nextCursor) break;
    cursor = pageOf.nextCursor;
  }
  expect(billed).toHaveLength(created);
  for (const c of customers) expect(billed.find((i) => i.subscriberId === c.id)).toMatchObject({ amount: '600.00', status: 'open' });

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  // The Invoices page, filtered by that month, lists them as Open.
  await page.goto(`/invoices?period=${period}`);
  for (const c of customers) {
    await expect(page.getByRole('main').getByRole('row').filter({ hasText: c.name }).getByText('Open', { exact: true })).toBeVisible();
  }

  // Running it again for the same month bills nobody twice.
  await page.getByRole('button', { name: 'Generate invoices' }).click();
  const again = page.getByRole('dialog', { name: 'Generate invoices' });
  await again.getByRole('textbox', { name: 'Period' }).fill(period);
  await again.getByRole('button', { name: 'Generate' }).click();
  await expect(again.getByRole('status')).toHaveText('Done.', { timeout: scaled(30_000) });
  const second = again.getByRole('alert').filter({ hasText: 'Invoices generated' });
  await expect(second).toContainText(`for ${monthName}`);
  // Other specs may add subscribers meanwhile; ours are among the skipped, each still billed once.
  const skipped = Number(/; (\S+) subscribers? (were|was) already invoiced/.exec(await second.innerText())![1].replace(/\D/g, ''));
  expect(skipped).toBeGreaterThanOrEqual(created);
  for (const c of customers) expect((await a.get<{ items: unknown[] }>(`/invoices?period=${period}&subscriberId=${c.id}`)).items).toHaveLength(1);
});

test('the Dashboard shows the accounting counter only to a staff account whose role grants home_accounting_counter', async ({ page, signedIn }) => {
  const t = tag();
  const a = await admin();
  // Both roles open the invoices (the counter's title links there); only the home_* key tells them apart.
  const base = ['home_subscriber_counter', 'subscriber_module', 'accounting_module', 'invoice_module'] as const;
  const plain = await a.role(`Desk ${t}`, AccountType.Staff, [...base]);
  const counting = await a.role(`Books ${t}`, AccountType.Staff, [...base, 'home_accounting_counter']);
  const without = await a.account({ name: `Desk ${t}`, email: `desk.${t}@e2e.test`, type: AccountType.Staff, roleId: plain.id });
  const withIt = await a.account({ name: `Books ${t}`, email: `books.${t}@e2e.test`, type: AccountType.Staff, roleId: counting.id });
  // The API leaves the counter out for the first and sends it to the second.
  expect((await (await Api.signIn(without.email, PASSWORD)).get('/dashboard')).accounting).toBeUndefined();
  expect((await (await Api.signIn(withIt.email, PASSWORD)).get('/dashboard')).accounting).toMatchObject({ openInvoices: expect.any(Number) });

  // Without the key: the other counters show, the Accounting one does not.
  await signIn(page, without.email, PASSWORD);
  await expect(page.getByRole('heading', { level: 2, name: 'At a glance' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Subscribers' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Accounting' })).toHaveCount(0);
  await expect(page.getByText('Open invoices', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Left to pay', { exact: true })).toHaveCount(0);

  // With it: the Accounting counter, its figures labelled, its title a link to the Invoices page.
  const b = await signedIn(withIt.email, PASSWORD);
  const counter = b.getByRole('region', { name: 'Accounting' });
  await expect(counter).toBeVisible();
  for (const label of ['Taken today', 'Taken this month', 'Open invoices', 'Left to pay'])
    await expect(counter.getByText(label, { exact: true })).toBeVisible();
  await counter.getByRole('link', { name: 'Accounting' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
});

test('people, not ids: a reseller’s balance, ledger and payments name who and what, link only what it may open, and filter by name', async ({ page }) => {
  const world = await resellerWorld();
  const { t, reseller, sub, direct, below } = world;
  const a = await admin();
  await a.post(`/users/${reseller.id}/balance`, { amount: '10000.00' });
  await reseller.api.post(`/users/${sub.id}/balance`, { amount: '200.00' });
  const invoice = await reseller.api.post<{ id: number; number: string }>(`/subscribers/${direct.id}/invoices`, { amount: 300 });
  // The Admin takes one payment (it sits above the reseller, so its name is not the reseller's to read), the reseller another.
  await a.post(`/subscribers/${direct.id}/payments`, { amount: '100.00', method: 'cash', invoiceId: invoice.id });
  await reseller.api.post(`/subscribers/${below.id}/payments`, { amount: '20.00', method: 'bank', reference: `Below ${t}` });

  // Its own prepaid balance on the Dashboard, and every movement of it in the ledger.
  await signIn(page, reseller.email, reseller.password);
  await expect(page.getByText('Your prepaid balance: 9,800.00')).toBeVisible();
  // Money fields take amounts as the screens show them: the reseller sells 1,500.50 of it to its sub-reseller.
  await page.goto(`/users/${sub.id}`);
  await page.getByRole('button', { name: 'Top up balance' }).click();
  const topUp = page.getByRole('dialog', { name: `Balance of Subreseller ${t}` });
  await topUp.getByRole('textbox', { name: 'Amount' }).fill('1,500.50');
  await topUp.getByRole('button', { name: 'Top up' }).click();
  await expect(topUp).toBeHidden();
  await openFromMenu(page, 'Dashboard');
  await expect(page.getByText('Your prepaid balance: 8,299.50')).toBeVisible();
  await page.getByRole('link', { name: 'Top-ups, deductions and transfers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ledger' })).toBeVisible();
  await expect(page.getByText(`The balance of Reseller ${t} only.`)).toBeVisible();
  const rows = page.getByRole('main').getByRole('row');
  await expect(rows.filter({ hasText: 'Transfer out' }).filter({ hasText: '1,500.50' })).toContainText(`Subreseller ${t}`);
  await expect(rows.filter({ hasText: 'Topup' })).toContainText('Another operator');
  // Its own balance by its name, and no link to the account page it cannot open.
  await expect(rows.filter({ hasText: 'Topup' }).getByText(`Reseller ${t}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: `Reseller ${t}` })).toHaveCount(0);

  // Every balance: the sub-reseller's and the customers' by name, linked; the invoice by its number.
  await page.getByRole('button', { name: 'Show every balance' }).click();
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: `Subreseller ${t}` })
      .first(),
  ).toHaveAttribute('href', `/users/${sub.id}`);
  const billed = rows.filter({ has: page.getByRole('cell', { name: invoice.number, exact: true }) });
  await expect(billed).toContainText('Invoice');
  await expect(billed.getByRole('link', { name: `Direct Customer ${t}` })).toHaveAttribute('href', `/subscribers/${direct.id}`);

  // Filters take names: an account's, a subscriber's; a name that matches nobody says so.
  await page.getByRole('textbox', { name: 'Account' }).fill('Subreseller');
  await expect(rows).toHaveCount(3); // the header and the sub-reseller's two top-ups
  await expect(rows.nth(1)).toContainText(`Subreseller ${t}`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('textbox', { name: 'Subscriber' }).fill(`Below Customer ${t}`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('link', { name: `Below Customer ${t}` })).toBeVisible();
  await page.getByRole('textbox', { name: 'Subscriber' }).fill(`nobody ${t}`);
  await expect(page.getByText('No entry matches these filters.')).toBeVisible();

  // Payments: the subscriber, the invoice as its number, who took it (or that it was another operator).
  await openFromMenu(page, 'Payments');
  const paid = page.getByRole('main').getByRole('row').filter({ hasText: invoice.number });
  await expect(paid).toContainText(`Direct Customer ${t}`);
  await expect(paid).toContainText('another operator');
  await expect(
    page
      .getByRole('main')
      .getByRole('row')
      .filter({ hasText: `Below ${t}` }),
  ).toContainText(`Reseller ${t}`);

  // A subscriber's Activity includes its money: the invoice it was sent (the Admin's payment is the Admin's record, R12).
  await page.goto(`/subscribers/${below.id}`);
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Activity' }).getByRole('row').filter({ hasText: 'Payment recorded' })).toContainText('20.00 · Bank');
  await page.goto(`/subscribers/${direct.id}`);
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Activity' }).getByRole('row').filter({ hasText: 'Invoice issued' })).toContainText(`${invoice.number} · `);
});
