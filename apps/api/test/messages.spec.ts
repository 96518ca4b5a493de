// Customer messages (R17, API.md "Tickets and messages"): each route's key, templates and their placeholders, the
// message settings (the token never answered), the bounds of a send, and messages following a moved subscriber.
// Sends through the worker are in apps/worker/test/send-messages.spec.ts.
import { AccountType, MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_RECIPIENTS, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from './support/factories';
import { ApiClient, openApi, TestApi } from './support/harness';

const SMS_KEYS: PermissionKey[] = ['sms_module', 'send_sms', 'sms_template', 'sms_history', 'sms_settings'];

let api: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
});
afterAll(() => api.close());

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
const adminId = async (): Promise<number> => (await db.query(`SELECT id FROM accounts WHERE type = 1 ORDER BY id LIMIT 1`))[0].id;
let templateCounter = 0;
const newTemplate = (client: ApiClient, body = 'Dear {{name}} ({{username}}), balance {{balance}}, expires {{expiresAt}}') =>
  client.post('/message-templates', { name: `Template ${++templateCounter}`, body });

describe('permissions', () => {
  it('each route needs its key; a staff account of the Admin holding all the messages keys uses every route', async () => {
    const template = (await newTemplate(admin)).body;
    const subscriber = await makeSubscriber(db, await adminId(), { phone: '555-1000' });
    const requests: [PermissionKey, (c: ApiClient) => Promise<{ status: number }>, number][] = [
      ['send_sms', (c) => c.post('/messages', { subscriberIds: [subscriber], body: 'Hi' }), 202],
      ['sms_history', (c) => c.get('/messages'), 200],
      ['sms_template', (c) => c.post('/message-templates', { name: `By key ${++templateCounter}`, body: 'Hi' }), 201],
      ['sms_template', (c) => c.patch(`/message-templates/${template.id}`, { body: 'Hi {{name}}' }), 200],
      ['sms_settings', (c) => c.get('/settings/messages'), 200],
      ['sms_settings', (c) => c.put('/settings/messages', { provider: 'outbox' }), 200],
    ];
    const all = await signIn(await makeAccount(db, AccountType.Staff, { permissions: SMS_KEYS }));
    for (const [key, request, status] of requests) {
      const without = await signIn(await makeAccount(db, AccountType.Staff, { permissions: SMS_KEYS.filter((k) => k !== key) }));
      const refused = await request(without);
      expect([key, refused.status, (refused as { body?: { message?: string } }).body?.message]).toEqual([key, 403, expect.stringContaining(key)]);
      expect([key, (await request(all)).status]).toEqual([key, status]);
    }
    // The template list is read by whoever keeps templates or sends them.
    const sender = await signIn(await makeAccount(db, AccountType.Staff, { permissions: ['sms_module', 'send_sms'] }));
    expect((await sender.get('/message-templates')).status).toBe(200);
    const neither = await signIn(await makeAccount(db, AccountType.Staff, { permissions: ['sms_module', 'sms_history'] }));
    expect((await neither.get('/message-templates')).status).toBe(403);
    expect((await all.delete(`/message-templates/${template.id}`)).status).toBe(204);
  });

  it('keeps SMS to the Admin’s side: a reseller cannot hold its keys', async () => {
    const reseller = await signIn(await makeAccount(db, AccountType.Reseller, { permissions: SMS_KEYS }));
    expect((await reseller.get('/messages')).status).toBe(403);
    expect((await reseller.post('/messages', { filter: {}, body: 'Hi' })).status).toBe(403);
  });
});

describe('templates', () => {
  it('are created, listed, changed and deleted, each change audited with before and after', async () => {
    const created = await admin.post('/message-templates', { name: '  Welcome  ', body: 'Welcome {{name}}' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(Number),
      name: 'Welcome',
      body: 'Welcome {{name}}',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await admin.get('/message-templates')).body).toContainEqual(created.body);
    expect((await admin.post('/message-templates', { name: 'Welcome', body: 'Again' })).status).toBe(409);
    const changed = await admin.patch(`/message-templates/${created.body.id}`, { body: 'Welcome, {{name}}!' });
    expect(changed.body).toMatchObject({ name: 'Welcome', body: 'Welcome, {{name}}!' });
    expect((await admin.delete(`/message-templates/${created.body.id}`)).status).toBe(204);
    expect((await admin.patch(`/message-templates/${created.body.id}`, { name: 'Gone' })).status).toBe(404);

    const audit = (await admin.get(`/audit?targetType=message-template&targetId=${created.body.id}`)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['message-template.delete', 'message-template.update', 'message-template.create']);
    expect(audit[1].changes).toEqual({
      before: expect.objectContaining({ body: 'Welcome {{name}}' }),
      after: expect.objectContaining({ body: 'Welcome, {{name}}!' }),
    });
  });

  it('refuses unknown placeholders, naming them, and text past its bounds', async () => {
    const one = await admin.post('/message-templates', { name: 'Bad', body: 'Hi {{foo}}' });
    expect(one.status).toBe(400);
    expect(one.body.message).toBe('Unknown placeholder: {{foo}}');
    const two = await admin.post('/message-templates', { name: 'Bad', body: 'Hi {{ first_name }} {{phone}} {{phone}} {{name}}' });
    expect(two.body.message).toBe('Unknown placeholders: {{first_name}}, {{phone}}');
    const { body: ok } = await newTemplate(admin);
    expect((await admin.patch(`/message-templates/${ok.id}`, { body: '{{bar}}' })).body.message).toBe('Unknown placeholder: {{bar}}');
    const long = await admin.post('/message-templates', { name: 'x'.repeat(101), body: 'x'.repeat(MAX_MESSAGE_BODY_LENGTH + 1) });
    expect(long.status).toBe(400);
    expect(long.body.message).toEqual(
      expect.arrayContaining(['name must be at most 100 characters', `body must be at most ${MAX_MESSAGE_BODY_LENGTH} characters`]),
    );
    expect((await admin.post('/message-templates', { name: ' ', body: 'Hi' })).status).toBe(400);
    expect((await admin.post('/message-templates', { name: 'Extra', body: 'Hi', extra: 1 })).status).toBe(400);
    // Left out is kept; null is not "left out" (found by the fuzzer as a 500).
    const nulls = await admin.patch(`/message-templates/${ok.id}`, { name: null, body: null });
    expect(nulls.status).toBe(400);
    expect(nulls.body.message).toEqual(expect.arrayContaining(['name must be a string']));
  });
});

describe('settings', () => {
  it('start as the outbox with reminders off; the token is stored, never answered, never audited', async () => {
    expect((await admin.get('/settings/messages')).body).toEqual({
      provider: 'outbox',
      url: null,
      sender: null,
      tokenSet: false,
      reminderEnabled: false,
      reminderDays: 3,
      reminderTemplateId: null,
    });
    expect((await admin.put('/settings/messages', { provider: 'http' })).body.message).toBe('url is required for the http provider');
    expect((await admin.put('/settings/messages', { provider: 'http', url: 'ftp://gw.example.com' })).body.message).toEqual([
      'url must be an http or https URL',
    ]);
    const set = await admin.put('/settings/messages', { provider: 'http', url: 'https://gw.example.com/send', token: 'tok-123456', sender: 'ISP' });
    expect(set.body).toMatchObject({ provider: 'http', url: 'https://gw.example.com/send', sender: 'ISP', tokenSet: true });
    // Left out, the token is kept; null clears it.
    expect((await admin.put('/settings/messages', { provider: 'http' })).body).toMatchObject({ tokenSet: true, url: 'https://gw.example.com/send' });
    const [{ token }] = await db.query(`SELECT token FROM message_settings`);
    expect(token).toBe('tok-123456');
    expect((await admin.put('/settings/messages', { provider: 'outbox', token: null })).body).toMatchObject({ provider: 'outbox', tokenSet: false });
    const audit = await admin.get('/audit?action=settings.messages.update');
    expect(audit.body.items.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audit.body)).not.toContain('tok-123456');
    expect((await admin.put('/settings/messages', { provider: 'outbox', reminderDays: 61 })).status).toBe(400);
    expect((await admin.put('/settings/messages', { provider: 'outbox', reminderTemplateId: 2147483647 })).status).toBe(400);
  });
});

describe('POST /messages input', () => {
  it('asks for exactly one kind of recipients and one kind of text, and a known template', async () => {
    const id = await makeSubscriber(db, await adminId(), { phone: '555-2000' });
    const cases: [unknown, number, string | string[]][] = [
      [{ body: 'Hi' }, 400, 'Give either subscriberIds or filter'],
      [{ subscriberIds: [id], filter: {}, body: 'Hi' }, 400, 'Give either subscriberIds or filter'],
      [{ subscriberIds: [id] }, 400, 'Give either templateId or body'],
      [{ subscriberIds: [id], body: 'Hi', templateId: 1 }, 400, 'Give either templateId or body'],
      [{ subscriberIds: [id], body: 'Hi {{nope}}' }, 400, 'Unknown placeholder: {{nope}}'],
      [{ subscriberIds: [id], templateId: 2147483647 }, 404, 'Message template 2147483647 not found'],
      [{ subscriberIds: [], body: 'Hi' }, 400, ['subscriberIds must list at least one subscriber']],
      [{ subscriberIds: [0], body: 'Hi' }, 400, ['subscriberIds must hold subscriber ids']],
      [{ subscriberIds: [id], body: 'x'.repeat(MAX_MESSAGE_BODY_LENGTH + 1) }, 400, [`body must be at most ${MAX_MESSAGE_BODY_LENGTH} characters`]],
      [{ filter: { expiringInDays: -1 }, body: 'Hi' }, 400, ['filter.expiringInDays must be an integer from 0 to 365']],
      [{ filter: { status: 'gone' }, body: 'Hi' }, 400, ['filter.status must be active, suspended or expired']],
      [{ filter: { ownerId: 2147483647 }, body: 'Hi' }, 400, 'No subscriber in your scope matches the filter'],
    ];
    for (const [body, status, message] of cases) {
      const res = await admin.post('/messages', body);
      expect([body, res.status, res.body.message]).toEqual([body, status, message]);
    }
  });

  it(`refuses a group of more than ${MAX_MESSAGE_RECIPIENTS} recipients with its count`, async () => {
    const owner = await makeAccount(db, AccountType.Reseller);
    await db.query(
      `INSERT INTO subscribers (username, name, owner_id, owner_path, status)
       SELECT 'bulk-' || $1::int || '-' || n, 'Bulk ' || n, $1::int, $2, 'active' FROM generate_series(1, $3::int) n`,
      [owner.id, owner.path, MAX_MESSAGE_RECIPIENTS + 1],
    );
    // The count answers it, so the panel can say "too many" before sending.
    expect((await admin.post('/messages/count', { filter: { ownerId: owner.id } })).body).toEqual({
      recipients: MAX_MESSAGE_RECIPIENTS + 1,
      withoutPhone: MAX_MESSAGE_RECIPIENTS + 1,
    });
    const res = await admin.post('/messages', { filter: { ownerId: owner.id }, body: 'Hi' });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(`The group has ${MAX_MESSAGE_RECIPIENTS + 1} subscribers; one send may reach at most ${MAX_MESSAGE_RECIPIENTS}`);
  });
});

describe('POST /messages/count', () => {
  it('counts the group a send then reaches, and those without a phone, in the caller’s scope (R10)', async () => {
    const reseller = await makeAccount(db, AccountType.Reseller);
    const staff = await makeAccount(db, AccountType.Staff, { permissions: ['sms_module', 'send_sms'] });
    await makeSubscriber(db, reseller.id, { phone: '555-4001' });
    await makeSubscriber(db, reseller.id, { phone: '555-4002', status: 'suspended' });
    const noPhone = await makeSubscriber(db, reseller.id);
    const blankPhone = await makeSubscriber(db, reseller.id, { phone: '555-4003' });
    await db.query(`UPDATE subscribers SET phone = '  ' WHERE id = $1`, [blankPhone]);
    // Each counted, and two sent (an operator may have only MAX_MESSAGE_JOBS_PER_OPERATOR sends waiting; no worker runs here).
    const cases: [object, { recipients: number; withoutPhone: number }, boolean][] = [
      [{ filter: { ownerId: reseller.id } }, { recipients: 4, withoutPhone: 2 }, true],
      [{ filter: { ownerId: reseller.id, status: 'active' } }, { recipients: 3, withoutPhone: 2 }, false],
      [{ filter: { ownerId: reseller.id, status: 'expired' } }, { recipients: 0, withoutPhone: 0 }, false],
      [{ subscriberIds: [noPhone, noPhone, blankPhone] }, { recipients: 2, withoutPhone: 2 }, true],
    ];
    for (const [recipients, expected, send] of cases) {
      const counted = await admin.post('/messages/count', recipients);
      expect([recipients, counted.status, counted.body]).toEqual([recipients, 200, expected]);
      if (!send) continue;
      const sent = await admin.post('/messages', { ...recipients, body: 'Hi' });
      expect([recipients, sent.status, sent.body.recipients]).toEqual([recipients, 202, expected.recipients]);
    }

    // The Admin's direct-scope staff sees none of the reseller's customers: not in a count, 404 when listed.
    const direct = await signIn(staff);
    expect((await direct.post('/messages/count', { filter: { ownerId: reseller.id } })).body).toEqual({ recipients: 0, withoutPhone: 0 });
    const out = await direct.post('/messages/count', { subscriberIds: [noPhone] });
    expect([out.status, out.body.message]).toEqual([404, `Subscriber ${noPhone} not found`]);
    const withoutKey = await signIn(await makeAccount(db, AccountType.Staff, { permissions: ['sms_module', 'sms_history'] }));
    const refused = await withoutKey.post('/messages/count', { filter: {} });
    expect([refused.status, refused.body.message]).toEqual([403, expect.stringContaining('send_sms')]);
  });

  it('refuses bad input as POST /messages does', async () => {
    const id = await makeSubscriber(db, await adminId(), { phone: '555-5000' });
    const cases: [unknown, string | string[]][] = [
      [{}, 'Give either subscriberIds or filter'],
      [{ subscriberIds: [id], filter: {} }, 'Give either subscriberIds or filter'],
      [{ subscriberIds: [] }, ['subscriberIds must list at least one subscriber']],
      [{ subscriberIds: [0] }, ['subscriberIds must hold subscriber ids']],
      [{ filter: { expiringInDays: 366 } }, ['filter.expiringInDays must be an integer from 0 to 365']],
      [{ filter: { status: 'gone' } }, ['filter.status must be active, suspended or expired']],
      [{ filter: {}, body: 'Hi' }, ['property body should not exist']],
    ];
    for (const [body, message] of cases) {
      const res = await admin.post('/messages/count', body);
      expect([body, res.status, res.body.message]).toEqual([body, 400, message]);
    }
  });
});

describe('scope', () => {
  it('a reseller’s customer’s messages are read by the Admin side and follow the customer to its new owner (R10)', async () => {
    const a = await makeAccount(db, AccountType.Reseller, { permissions: ['subscriber_module'] });
    const b = await makeAccount(db, AccountType.Reseller);
    const subscriber = await makeSubscriber(db, a.id, { phone: '555-3000' });
    await db.query(
      `INSERT INTO messages (job_id, subscriber_id, owner_id, owner_path, to_phone, body, status, provider) VALUES ('seeded', $1, $2, $3, '555-3000', 'Hello', 'sent', 'outbox')`,
      [subscriber, a.id, a.path],
    );
    const staffDirect = await signIn(await makeAccount(db, AccountType.Staff, { permissions: SMS_KEYS }));
    expect((await admin.get(`/messages?subscriberId=${subscriber}`)).body.items).toHaveLength(1);
    // A direct-scope staff account of the Admin sees only the Admin's own customers.
    expect((await staffDirect.get(`/messages?subscriberId=${subscriber}`)).body).toMatchObject({ items: [], total: 0 });
    expect((await staffDirect.post('/messages', { subscriberIds: [subscriber], body: 'Hi' })).status).toBe(404);
    const moved = await admin.patch(`/subscribers/${subscriber}`, { ownerId: b.id });
    expect(moved.status).toBe(200);
    expect(await db.query(`SELECT owner_id FROM messages WHERE subscriber_id = $1`, [subscriber])).toEqual([{ owner_id: b.id }]);

    // Deleted, the subscriber leaves its messages in the history (R17), still filed under its last owner.
    expect((await admin.delete(`/subscribers/${subscriber}`)).status).toBe(204);
    const history = (await admin.get('/messages')).body.items.filter((m: { body: string }) => m.body === 'Hello');
    expect(history).toEqual([expect.objectContaining({ subscriberId: null, subscriberName: null, to: '555-3000', status: 'sent' })]);
    expect(await db.query(`SELECT owner_id FROM messages WHERE job_id = 'seeded'`)).toEqual([{ owner_id: b.id }]);
  });
});
