import { AccountType, ADMIN, admin, expect, mainMenu, menuLinks, openFromMenu, PASSWORD, signIn, tag, test } from './support';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Messages keys only: the send dialog filters by status and expiry and needs no subscriber screen (docs/decisions.md). */
const MESSAGES_KEYS = ['sms_module', 'send_sms', 'sms_template', 'sms_history', 'sms_settings'] as const;

/** An Admin's staff account (type 2) whose role holds only the messages keys. */
async function messagesDesk(t: string) {
  const a = await admin();
  const role = await a.role(`Messages ${t}`, AccountType.Staff, MESSAGES_KEYS);
  return a.account({ name: `Messages desk ${t}`, email: `sms.${t}@e2e.test`, type: AccountType.Staff, roleId: role.id, scope: 'direct' });
}

test('an Admin’s staff with only the messages keys sends a template to the Admin’s expiring customers and sees them in History', async ({ page }) => {
  const t = tag();
  const a = await admin();
  const soon = new Date(Date.now() + 2 * DAY_MS).toISOString();
  const later = new Date(Date.now() + 200 * DAY_MS).toISOString();
  const customer = (body: { username: string; name: string; phone?: string; expiresAt: string }) =>
    a.post<{ id: number; username: string; name: string }>('/subscribers', body);
  const [first, second] = await Promise.all([
    customer({ username: `soon-1-${t}`, name: `Soon One ${t}`, phone: '+8801700000001', expiresAt: soon }),
    customer({ username: `soon-2-${t}`, name: `Soon Two ${t}`, phone: '+8801700000002', expiresAt: soon }),
    customer({ username: `soon-nophone-${t}`, name: `Soon Silent ${t}`, expiresAt: soon }),
    customer({ username: `later-${t}`, name: `Later ${t}`, phone: '+8801700000003', expiresAt: later }),
  ]);
  const desk = await messagesDesk(t);

  await signIn(page, desk.email, PASSWORD);
  // Support › Messages, and no other module's screen.
  await expect(mainMenu(page).getByRole('navigation', { name: 'Support' }).getByRole('link', { name: 'Messages' })).toBeVisible();
  expect(await menuLinks(page)).toEqual(['Dashboard', 'Messages']);
  await openFromMenu(page, 'Messages');
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  for (const name of ['History', 'Templates', 'Settings']) await expect(page.getByRole('tab', { name })).toBeVisible();

  // A template with placeholders.
  await page.getByRole('tab', { name: 'Templates' }).click();
  await expect(page).toHaveURL(/tab=templates/);
  await page.getByRole('button', { name: 'Add template' }).click();
  const add = page.getByRole('dialog', { name: 'Add template' });
  await add.getByRole('textbox', { name: 'Name' }).fill(`Expiry ${t}`);
  await add.getByRole('textbox', { name: 'Message' }).fill(`Dear {{name}} ({{username}}), your service ends soon. Ref ${t}`);
  await add.getByRole('button', { name: 'Create' }).click();
  await expect(add).toBeHidden();
  await expect(
    page
      .getByRole('main')
      .getByRole('row')
      .filter({ hasText: `Expiry ${t}` }),
  ).toHaveCount(1);

  // Sent to the Admin's subscribers expiring within 7 days, from the template.
  await page.getByRole('button', { name: 'Send message' }).click();
  const send = page.getByRole('dialog', { name: 'Send message' });
  // Before sending, a line says how many the group reaches, following the filters: empty, it is everyone.
  const count = send.getByRole('status');
  await expect(count).toHaveText(/^Reaches every subscriber you manage: [\d,]+ \([\d,]+ without a phone (is|are) skipped\)$/);
  const days = send.getByRole('textbox', { name: 'Expiring within (days)' });
  await days.fill('0');
  await expect(count).toHaveText('No subscriber matches');
  await expect(send.getByRole('button', { name: 'Send' })).toBeDisabled();
  await days.fill('7');
  await expect(count).toHaveText(/^Reaches [\d,]+ subscribers \([\d,]+ without a phone (is|are) skipped\)$/);
  await expect(send.getByRole('button', { name: 'Send' })).toBeEnabled();
  const [reaches, withoutPhone] = ((await count.innerText()).match(/[\d,]+/g) ?? []).map((n) => Number(n.replaceAll(',', '')));
  expect(reaches).toBeGreaterThanOrEqual(3);
  expect(withoutPhone).toBeGreaterThanOrEqual(1);
  await send.getByRole('combobox', { name: 'Template' }).click();
  await page.getByRole('option', { name: `Expiry ${t}` }).click();
  await send.getByRole('button', { name: 'Send' }).click();
  // The progress reaches done, with the counts: ours are sent, the one without a phone skipped.
  await expect(send.getByRole('progressbar', { name: 'Sending progress' })).toBeVisible();
  await expect(send.getByRole('status')).toHaveText('Done.', { timeout: 30_000 });
  await expect(send.getByRole('progressbar', { name: 'Sending progress' })).toHaveAttribute('aria-valuenow', '100');
  const sent = Number(
    await send
      .getByText(/ sent$/)
      .locator('strong')
      .innerText(),
  );
  const skipped = Number(
    await send
      .getByText(/ skipped/)
      .locator('strong')
      .innerText(),
  );
  expect(sent).toBeGreaterThanOrEqual(2);
  expect(skipped).toBeGreaterThanOrEqual(1);
  // What the line said beforehand is what the send did.
  expect([sent + skipped, skipped]).toEqual([reaches, withoutPhone]);
  await send.getByRole('button', { name: 'Done' }).click();

  // History shows each message with the rendered text (outbox: sent, exactly what would have gone out).
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('main').getByRole('table', { name: 'Messages' });
  for (const s of [first, second]) {
    const row = history.getByRole('row').filter({ hasText: `Dear ${s.name} (${s.username}), your service ends soon. Ref ${t}` });
    await expect(row).toHaveCount(1);
    await expect(row.getByText('Sent', { exact: true })).toBeVisible();
    await expect(row.getByText('Outbox')).toBeVisible();
  }
  await expect(history.getByRole('row').filter({ hasText: `later-${t}` })).toHaveCount(0);
  await expect(history.getByRole('row').filter({ hasText: `Later ${t}` })).toHaveCount(0);
  await expect(history.getByRole('row').filter({ hasText: `Soon Silent ${t}` })).toHaveCount(0);

  // Typed-in URLs of screens it lacks: not permitted.
  await page.goto('/subscribers');
  await expect(page.getByRole('heading', { level: 1, name: 'Not permitted' })).toBeVisible();
});

test('a template with an unknown placeholder is refused with the message naming it; Settings never shows the token', async ({ page, consoleWatch }) => {
  const t = tag();
  const desk = await messagesDesk(t);
  consoleWatch.allow(/status of 400/);
  await signIn(page, desk.email, PASSWORD, '/sign-in?next=%2Fmessages%3Ftab%3Dtemplates');
  await expect(page.getByRole('tab', { name: 'Templates', selected: true })).toBeVisible();
  await page.getByRole('button', { name: 'Add template' }).click();
  const add = page.getByRole('dialog', { name: 'Add template' });
  await add.getByRole('textbox', { name: 'Name' }).fill(`Broken ${t}`);
  await add.getByRole('textbox', { name: 'Message' }).fill('Hello {{name}}, pay {{amount}}');
  await add.getByRole('button', { name: 'Create' }).click();
  const body = add.getByRole('textbox', { name: 'Message' });
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  // The API's refusal, on the field it is about, naming the placeholder; nothing was saved.
  await expect(body).toHaveAccessibleDescription(/Unknown placeholder: \{\{amount\}\}/);
  await expect(add).toBeVisible();
  await add.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('main').getByText(`Broken ${t}`)).toHaveCount(0);

  // A token set on the HTTP gateway: the panel shows that it is set, never the token.
  const secret = `token-${t}-secret`;
  const a = await admin();
  await a.put('/settings/messages', { provider: 'http', url: 'http://127.0.0.1:9/send', token: secret, sender: 'Tiergate' });
  try {
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page.getByRole('combobox', { name: 'Provider' })).toHaveValue('HTTP gateway');
    const token = page.getByLabel('Token');
    await expect(token).toHaveValue('');
    await expect(token).toHaveAttribute('placeholder', 'set');
    await expect(page.getByText(/A token is set \(it is never shown\)/)).toBeVisible();
    expect(await page.content()).not.toContain(secret);
  } finally {
    await a.put('/settings/messages', { provider: 'outbox' });
  }
});

test('the Admin sends free text to one subscriber from its profile, and the History shows it rendered', async ({ page }) => {
  const t = tag();
  const a = await admin();
  const one = await a.subscriber({ username: `one-${t}`, name: `Only One ${t}`, phone: '+8801700000009' });
  await signIn(page, ADMIN.email, ADMIN.password, `/sign-in?next=%2Fsubscribers%2F${one.id}`);
  await expect(page.getByRole('heading', { level: 1, name: one.name })).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Send message' }).click();
  const send = page.getByRole('dialog', { name: `Send message to ${one.name}` });
  // One subscriber: no group filters and no count, only what to send.
  await expect(send.getByRole('textbox', { name: 'Expiring within (days)' })).toHaveCount(0);
  await expect(send.getByRole('status')).toHaveCount(0);
  await send.getByText('Free text').click();
  await send.getByRole('textbox', { name: 'Text' }).fill(`Hi {{name}}, your login is {{username}}. ${t}`);
  await send.getByRole('button', { name: 'Send' }).click();
  await expect(send.getByText('1 recipient', { exact: true })).toBeVisible();
  await expect(send.getByRole('status')).toHaveText('Done.', { timeout: 30_000 });
  await send.getByRole('button', { name: 'Done' }).click();

  await page.goto('/messages');
  const row = page
    .getByRole('main')
    .getByRole('row')
    .filter({ hasText: `Hi ${one.name}, your login is ${one.username}. ${t}` });
  await expect(row.getByRole('link', { name: one.name })).toHaveAttribute('href', `/subscribers/${one.id}`);
  await expect(row.getByText('+8801700000009')).toBeVisible();
});
