import { AccountType, ADMIN, admin, expect, mainMenu, menuLinks, openFromMenu, resellerWorld, signIn, tag, test, type Page } from './support';

/** In the role's permission editor: the module's switch on, then each of these keys of it ticked. */
async function grant(page: Page, module: string, keys: string[]) {
  const region = page.getByRole('region', { name: module });
  await region.getByRole('switch', { name: new RegExp(`^${module}\\b`) }).check();
  const show = region.getByRole('button', { name: `Show ${module} permissions` });
  if (await show.isVisible()) await show.click();
  for (const key of keys) await region.getByRole('checkbox', { name: key, exact: true }).check();
}

test('Use Case 2: the Admin sets up “Support Staff”; its staff opens a ticket on a subscriber, replies, closes it, and sees no payments', async ({
  page,
  signedIn,
}) => {
  // The whole use case in one test: two people, six screens.
  test.slow();
  const t = tag();
  const customer = await (await admin()).subscriber({ username: `uc2-${t}`, name: `Complaining Customer ${t}` });

  // 1-4. The Admin creates the role (type Staff) and sets its permissions in the panel.
  await signIn(page, ADMIN.email, ADMIN.password);
  await openFromMenu(page, 'Roles & Permissions');
  await page.getByRole('button', { name: 'Add role' }).click();
  const addRole = page.getByRole('dialog', { name: 'Add role' });
  await addRole.getByRole('textbox', { name: 'Name' }).fill(`Support Staff ${t}`);
  await addRole.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Staff' }).click();
  await addRole.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Support Staff ${t}` })).toBeVisible();
  await page.getByRole('button', { name: 'Set permissions now' }).click();
  await grant(page, 'Subscriber Management', ['View subscriber profiles', 'Manage connections', 'Disconnect subscribers', 'Reconnect subscribers']);
  await grant(page, 'Ticket Management', ['Create tickets', 'Reply to tickets', 'Close tickets']);
  await page.getByRole('button', { name: 'Save permissions' }).click();
  await expect(page.getByRole('button', { name: 'Save permissions' })).toBeDisabled();

  // 5. … and a staff account with it.
  await openFromMenu(page, 'Resellers & Managers');
  await page.getByRole('button', { name: 'New Manager' }).click();
  const newManager = page.getByRole('dialog', { name: 'New Manager' });
  await newManager.getByRole('textbox', { name: 'Name' }).fill(`Support ${t}`);
  await newManager.getByRole('textbox', { name: 'Email' }).fill(`support.${t}@e2e.test`);
  await newManager.getByRole('textbox', { name: 'Password' }).fill('support-password-1');
  await newManager.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: `Support Staff ${t}` }).click();
  await newManager.getByRole('button', { name: 'Create' }).click();
  await expect(newManager).toBeHidden();

  // The support staff signs in: subscribers and tickets, nothing of accounting.
  const s = await signedIn(`support.${t}@e2e.test`, 'support-password-1');
  expect(await menuLinks(s)).toEqual(['Dashboard', 'Subscribers', 'Tickets']);
  await expect(mainMenu(s).getByRole('navigation', { name: 'Accounting' })).toHaveCount(0);
  await s.goto('/payments');
  await expect(s.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();

  // It opens the subscriber and a ticket on it.
  await openFromMenu(s, 'Subscribers');
  await s.getByRole('searchbox', { name: 'Search' }).fill(`uc2-${t}`);
  await s.getByRole('link', { name: `uc2-${t}` }).click();
  await expect(s.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
  await expect(s.getByRole('button', { name: 'Record payment' })).toHaveCount(0);
  await s.getByRole('tab', { name: 'Tickets' }).click();
  await expect(s.getByText('No tickets for this subscriber.', { exact: false })).toBeVisible();
  await s.getByRole('button', { name: 'New ticket' }).click();
  const newTicket = s.getByRole('dialog', { name: 'New ticket' });
  await newTicket.getByRole('textbox', { name: 'Subject' }).fill('No connection since this morning');
  await newTicket.getByRole('textbox', { name: 'Message' }).fill('The router shows a red light.');
  await newTicket.getByRole('combobox', { name: 'Priority' }).click();
  await s.getByRole('option', { name: 'High' }).click();
  await newTicket.getByRole('button', { name: 'Open ticket' }).click();
  const title = s.getByRole('heading', { level: 1, name: /^TCK-\d{6} No connection since this morning$/ });
  await expect(title).toBeVisible();
  await expect(s.getByRole('link', { name: customer.name })).toHaveAttribute('href', `/subscribers/${customer.id}`);
  // Without ticket_assign, ticket_priority and delete_ticket, their controls are not there.
  for (const name of ['Assign', 'Priority', 'Delete']) await expect(s.getByRole('button', { name, exact: true })).toHaveCount(0);

  // It replies: the thread holds the first message, then the reply, each with its author.
  await s.getByRole('textbox', { name: 'Your reply' }).fill('A technician is on the way.');
  await s.getByRole('button', { name: 'Reply', exact: true }).click();
  const thread = s.getByRole('list', { name: 'Thread' }).getByRole('listitem');
  await expect(thread).toHaveCount(2);
  await expect(thread.nth(0)).toContainText('The router shows a red light.');
  await expect(thread.nth(1)).toContainText('A technician is on the way.');
  await expect(thread.nth(1)).toContainText(`Support ${t}`);
  await expect(s.getByRole('textbox', { name: 'Your reply' })).toHaveValue('');

  // It closes the ticket; Reopen takes Close's place.
  await s.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(s.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(s.getByRole('button', { name: 'Close', exact: true })).toHaveCount(0);
  const number = (await title.innerText()).slice(0, 10);
  const stored = (await (await admin()).get(`/tickets?subscriberId=${customer.id}`)).items;
  expect(stored).toEqual([expect.objectContaining({ number, status: 'closed', priority: 'high', subscriberId: customer.id })]);

  // The Tickets screen lists it under Closed.
  await openFromMenu(s, 'Tickets');
  await s.getByRole('radiogroup', { name: 'Status' }).getByText('Closed').click();
  await expect(s).toHaveURL(/status=closed/);
  await expect(s.getByRole('table', { name: 'Tickets' }).getByRole('link', { name: number })).toBeVisible();
});

test('a reseller narrows its tickets by status, priority, assignee and search, assigns one to its manager, and counts open tickets on the Dashboard; the manager without ticket_assign sees no Assign', async ({
  page,
  signedIn,
}) => {
  const world = await resellerWorld();
  const { t, reseller } = world;
  const r = reseller.api;
  const desk = await r.role(`Ticket desk ${t}`, AccountType.ResellerStaff, [
    'subscriber_module',
    'subscriber_profile',
    'ticket_module',
    'edit_ticket',
    'ticket_reply',
    'ticket_priority',
  ]);
  const manager = await r.account({ name: `Desk ${t}`, email: `desk.${t}@e2e.test`, type: AccountType.ResellerStaff, roleId: desk.id, scope: 'subtree' });
  const router = await r.post(`/subscribers/${world.direct.id}/tickets`, { subject: `Router ${t} broken`, body: 'It does not start.', priority: 'urgent' });
  const slow = await r.post(`/subscribers/${world.below.id}/tickets`, { subject: `Slow line ${t}`, body: 'Pages load slowly.', priority: 'low' });
  const done = await r.post(`/subscribers/${world.below.id}/tickets`, { subject: `Billing ${t} question`, body: 'Why this amount?' });
  await r.post(`/tickets/${done.id}/close`);

  await signIn(page, reseller.email, reseller.password);
  // The Dashboard counts open tickets in scope, linking to them.
  const counter = page.getByRole('region', { name: 'Tickets' });
  await expect(counter.getByRole('listitem').filter({ hasText: 'Open' })).toContainText('2');
  await counter.getByRole('link', { name: 'Tickets' }).click();
  await expect(page).toHaveURL(/\/tickets\?status=open$/);
  const table = page.getByRole('table', { name: 'Tickets' });
  await expect(table.getByRole('row')).toHaveCount(3);

  // Each status says how many it holds; All shows every ticket.
  const status = page.getByRole('radiogroup', { name: 'Status' });
  await expect(status.getByRole('radio', { name: /Closed/ })).toBeAttached();
  await expect(status).toContainText(/All\s*3/);
  await expect(status).toContainText(/Open\s*2/);
  await expect(status).toContainText(/Closed\s*1/);
  await status.getByText('All').click();
  await expect(table.getByRole('row')).toHaveCount(4);

  // Priority narrows the list, the counts follow.
  await page.getByRole('combobox', { name: 'Priority' }).click();
  await page.getByRole('option', { name: 'Urgent' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: router.number })).toBeVisible();
  await expect(status).toContainText(/Closed\s*0/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(table.getByRole('row')).toHaveCount(4);

  // Search by subject, then by number.
  await page.getByRole('searchbox', { name: 'Search' }).fill(`Slow line ${t}`);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: slow.number })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill(done.number);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: done.number })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  // The reseller assigns the slow line to its manager.
  await table.getByRole('link', { name: slow.number }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${slow.number} Slow line ${t}` })).toBeVisible();
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  const assign = page.getByRole('dialog', { name: `Assign ${slow.number}` });
  await assign.getByRole('combobox', { name: 'Assignee' }).click();
  await page.getByRole('option', { name: new RegExp(`^Desk ${t}`) }).click();
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeHidden();
  await expect(page.getByText(`Desk ${t}`, { exact: true })).toBeVisible();

  // The Assignee filter finds it by the manager's name.
  await openFromMenu(page, 'Tickets');
  await page.getByRole('combobox', { name: 'Assignee' }).fill(`Desk ${t}`);
  await page.getByRole('option', { name: new RegExp(`^Desk ${t}`) }).click();
  await expect(page).toHaveURL(new RegExp(`assignee=${manager.id}`));
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: slow.number })).toBeVisible();

  // The manager (edit_ticket and ticket_priority, no ticket_assign) changes the priority but cannot assign.
  const m = await signedIn(manager.email, 'e2e-password-1');
  await m.goto(`/tickets/${slow.id}`);
  await expect(m.getByRole('heading', { level: 1, name: `${slow.number} Slow line ${t}` })).toBeVisible();
  await expect(m.getByRole('button', { name: 'Assign', exact: true })).toHaveCount(0);
  await expect(m.getByRole('button', { name: 'Close', exact: true })).toHaveCount(0);
  await m.getByRole('button', { name: 'Priority' }).click();
  await expect(m.getByRole('menuitem', { name: 'Low' })).toBeDisabled();
  await m.getByRole('menuitem', { name: 'High' }).click();
  await expect(m.getByRole('main').getByText('High', { exact: true })).toBeVisible();
  expect((await r.get(`/tickets/${slow.id}`)).priority).toBe('high');
});

test('a ticket page at 390 px fits the screen, and a ticket outside the caller’s scope is not found', async ({ browser, consoleWatch, signedIn }) => {
  const world = await resellerWorld();
  const other = await resellerWorld();
  const ticket = await world.reseller.api.post(`/subscribers/${world.direct.id}/tickets`, { subject: `Phone ${world.t}`, body: 'x'.repeat(400) });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  consoleWatch.watch(context);
  const page = await context.newPage();
  await signIn(page, world.reseller.email, world.reseller.password);
  for (const path of ['/tickets', `/tickets/${ticket.id}`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main').getByLabel('Loading')).toHaveCount(0);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth, `${path} is wider than the window`).toBeLessThanOrEqual(innerWidth);
  }
  await context.close();
  consoleWatch.allow(/status of 404/);
  const stranger = await signedIn(other.reseller.email, other.reseller.password);
  await stranger.goto(`/tickets/${ticket.id}`);
  await expect(stranger.getByRole('heading', { level: 1, name: 'Ticket not found' })).toBeVisible();
});
