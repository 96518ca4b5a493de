// Customer messages (R17, API.md "Tickets and messages") through the real worker (JobRunner in-process): group sends
// in the sender's scope, once per recipient, the outbox and an HTTP gateway this test runs on 127.0.0.1 (one that
// answers, one that fails, one that hangs), the operator's backlog (R14), expiry reminders and the CLI.
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountType, MAX_MESSAGE_JOBS_PER_OPERATOR, PermissionKey, SendMessagesData } from '@tiergate/access';
import { spawn } from 'node:child_process';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ApiClient, openApi, TestApi } from '../../api/test/support/harness';
import { makeAccount, MadeAccount, makeSubscriber, PASSWORD } from '../../api/test/support/factories';
import { waitFor } from '../../api/test/support/redis-server';
import { loadWorkerConfig } from '../src/config';
import { INTERRUPTED, MessageSendingService } from '../src/message-sending.service';
import { WorkerModule } from '../src/worker.module';

const WORKER_MAIN = path.resolve(__dirname, '../dist/main.js');
const SMS_KEYS: PermissionKey[] = ['sms_module', 'send_sms', 'sms_template', 'sms_history', 'sms_settings'];
const GATEWAY_TIMEOUT_MS = 300;

let env: Record<string, string>;
let api: TestApi;
let db: DataSource;
let worker: INestApplicationContext;
let admin: ApiClient;

/** What the gateway does with the next requests (`plan` is consumed one per request, `then` after it). */
type Reply = 'ok' | 'fail' | 'hang';
let plan: Reply[] = [];
let then: Reply = 'ok';
let received: { headers: IncomingMessage['headers']; body: { to: string; body: string; sender: string | null } }[] = [];
let gateway: Server;
let gatewayUrl: string;

beforeAll(async () => {
  gateway = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(text) });
      const reply = plan.shift() ?? then;
      if (reply === 'ok') res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"gw-1"}');
      else if (reply === 'fail') res.writeHead(503).end('gateway down');
      // 'hang': never answers; the provider's timeout ends the wait (closeAllConnections at the end).
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
  ({ api, db, env } = await openApi(
    { MESSAGE_GATEWAY_TIMEOUT_MS: String(GATEWAY_TIMEOUT_MS), MESSAGE_GATEWAY_ATTEMPTS: '3', MESSAGE_GATEWAY_BACKOFF_MS: '20' },
    { admin: false },
  ));
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadWorkerConfig(env)), { logger: false, abortOnError: false });
  admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
});
afterAll(async () => {
  await worker.close();
  await api.close();
  gateway.closeAllConnections();
  gateway.close();
});
beforeEach(async () => {
  plan = [];
  then = 'ok';
  received = [];
  expect((await admin.put('/settings/messages', { provider: 'outbox', reminderEnabled: false })).status).toBe(200);
});

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
const adminId = async (): Promise<number> => (await db.query(`SELECT id FROM accounts WHERE type = 1 ORDER BY id LIMIT 1`))[0].id;
const expiringIn = (id: number, days: number) => db.query(`UPDATE subscribers SET expires_at = now() + make_interval(days => $2) WHERE id = $1`, [id, days]);
const finished = (client: ApiClient, jobId: string) =>
  waitFor(
    () => client.get(`/messages/jobs/${jobId}`),
    (r) => r.status !== 200 || ['completed', 'failed'].includes(r.body.state),
  );
const messagesOf = (subscriberIds: number[]) =>
  db.query(`SELECT subscriber_id, job_id, to_phone, body, status, provider, error FROM messages WHERE subscriber_id = ANY($1::int[]) ORDER BY id`, [
    subscriberIds,
  ]);
const useGateway = (extra: Record<string, unknown> = {}) =>
  admin.put('/settings/messages', { provider: 'http', url: gatewayUrl, token: 'secret-token-1', sender: 'MyISP', ...extra });

/** A staff account of the Admin holding only the messages keys, with direct scope (its principal's own subscribers). */
const smsStaff = () => makeAccount(db, AccountType.Staff, { permissions: SMS_KEYS });

describe('POST /messages through the worker', () => {
  it('a staff account with only the messages keys sends a template to the Admin’s expiring customers and sees the history', async () => {
    const owner = await adminId();
    const soon = await makeSubscriber(db, owner, { name: 'Soon Customer', phone: '+880 1711 000001' });
    const later = await makeSubscriber(db, owner, { phone: '+880 1711 000002' });
    const noPhone = await makeSubscriber(db, owner);
    const reseller = await makeAccount(db, AccountType.Reseller);
    const resellers = await makeSubscriber(db, reseller.id, { phone: '+880 1711 000003' });
    await expiringIn(soon, 3);
    await expiringIn(noPhone, 2);
    await expiringIn(resellers, 1);
    await expiringIn(later, 40);
    const staff = await signIn(await smsStaff());
    const template = await staff.post('/message-templates', {
      name: `Expiry ${soon}`,
      body: 'Dear {{name}}, you expire on {{expiresAt}}. Balance {{balance}}.',
    });
    expect(template.status).toBe(201);

    const res = await staff.post('/messages', { filter: { expiringInDays: 7 }, templateId: template.body.id });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ jobId: expect.any(String), recipients: 2 });
    expect((await finished(staff, res.body.jobId)).body).toEqual({ state: 'completed', progress: 100, sent: 1, failed: 0, skipped: 1 });

    const [{ expires }] = await db.query(`SELECT to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS expires FROM subscribers WHERE id = $1`, [soon]);
    const history = await staff.get(`/messages?subscriberId=${soon}`);
    expect(history.body.items).toEqual([
      {
        id: expect.any(Number),
        subscriberId: soon,
        subscriberName: 'Soon Customer',
        to: '+880 1711 000001',
        body: `Dear Soon Customer, you expire on ${expires}. Balance 0.00.`,
        status: 'sent',
        provider: 'outbox',
        error: null,
        createdAt: expect.any(String),
        sentAt: expect.any(String),
      },
    ]);
    // The reseller's customer was outside the filter's reach (R10), and nobody else got anything.
    expect(await messagesOf([later, noPhone, resellers])).toEqual([]);
    expect((await staff.get(`/messages?subscriberId=${resellers}`)).body.items).toEqual([]);
    // A direct-scope staff account names a reseller's subscriber: 404, as for any subscriber out of reach.
    const outside = await staff.post('/messages', { subscriberIds: [soon, resellers], body: 'Hello' });
    expect(outside.status).toBe(404);
    expect(outside.body.message).toBe(`Subscriber ${resellers} not found`);
    // Another operator does not read the job.
    const other = await signIn(reseller);
    expect((await other.get(`/messages/jobs/${res.body.jobId}`)).status).toBe(403); // no send_sms for a reseller
    const otherStaff = await signIn(await makeAccount(db, AccountType.Staff, { parentId: owner, permissions: SMS_KEYS }));
    expect((await otherStaff.get(`/messages/jobs/${res.body.jobId}`)).status).toBe(200); // the same operator's staff
    expect((await staff.get('/messages/jobs/messages-no-such-job')).status).toBe(404);

    const audit = await admin.get(`/audit?action=message.send&targetId=${res.body.jobId}`);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'message.send', targetType: 'message-job', changes: { after: expect.objectContaining({ recipients: 2 }) } }),
    ]);
  });

  it('sends each recipient at most once, however often the job runs, even twice at once', async () => {
    const owner = await adminId();
    const ids = [await makeSubscriber(db, owner, { phone: '555-0101' }), await makeSubscriber(db, owner, { phone: '555-0102' })];
    await useGateway();
    const staff = await signIn(await smsStaff());
    const res = await staff.post('/messages', { subscriberIds: ids, body: 'Hi {{username}}' });
    expect((await finished(staff, res.body.jobId)).body).toMatchObject({ state: 'completed', sent: 2, failed: 0 });
    expect(received).toHaveLength(2);

    // The job's data run again, twice at once (a retry, a worker that lost its lock): nothing more goes out.
    const service = worker.get(MessageSendingService);
    const data: SendMessagesData = {
      recipients: { subscriberIds: ids },
      scope: { ownerId: owner },
      body: 'Hi {{username}}',
      templateId: null,
      branchId: (await db.query(`SELECT branch_id FROM accounts WHERE id = $1`, [owner]))[0].branch_id,
      requestedBy: null,
      operatorId: owner,
    };
    const again = await Promise.all([service.send(res.body.jobId, data), service.send(res.body.jobId, data)]);
    expect(again.map((p) => p.sent)).toEqual([2, 2]);
    expect(received).toHaveLength(2);
    expect(await messagesOf(ids)).toHaveLength(2);

    // A new job for one of them whose first run stopped after taking its rows: the retry sends what is still queued.
    await db.query(
      `INSERT INTO messages (job_id, subscriber_id, owner_id, owner_path, to_phone, body, provider) SELECT 'interrupted-1', id, owner_id, owner_path, phone, 'Left queued', 'http' FROM subscribers WHERE id = $1`,
      [ids[0]],
    );
    const retried = await service.send('interrupted-1', { ...data, recipients: { subscriberIds: [ids[0]] }, body: 'Not this text' });
    expect(retried).toMatchObject({ sent: 1, failed: 0 });
    expect(received.map((r) => r.body.body)).toEqual([expect.stringMatching(/^Hi sub/), expect.stringMatching(/^Hi sub/), 'Left queued']);

    // A run that died while the gateway had a message (claimed long ago, never marked): failed, and not sent again.
    await db.query(
      `INSERT INTO messages (job_id, subscriber_id, owner_id, owner_path, to_phone, body, provider, sending_since)
       SELECT 'interrupted-2', id, owner_id, owner_path, phone, 'Maybe sent', 'http', now() - interval '1 day' FROM subscribers WHERE id = $1`,
      [ids[1]],
    );
    expect(await service.send('interrupted-2', { ...data, recipients: { subscriberIds: [ids[1]] } })).toMatchObject({ sent: 0, failed: 1 });
    expect(received).toHaveLength(3);
    expect(await db.query(`SELECT status, error FROM messages WHERE job_id = 'interrupted-2'`)).toEqual([{ status: 'failed', error: INTERRUPTED }]);
  });

  it('the HTTP gateway gets one POST per message with the token and sender; the token is never answered', async () => {
    const owner = await adminId();
    const id = await makeSubscriber(db, owner, { name: 'Gateway Customer', phone: '+1 555 0199' });
    const settings = await useGateway();
    expect(settings.body).toEqual({
      provider: 'http',
      url: gatewayUrl,
      sender: 'MyISP',
      tokenSet: true,
      reminderEnabled: false,
      reminderDays: 3,
      reminderTemplateId: null,
    });
    expect(JSON.stringify((await admin.get('/settings/messages')).body)).not.toContain('secret-token-1');
    const audit = await admin.get('/audit?action=settings.messages.update');
    expect(JSON.stringify(audit.body)).not.toContain('secret-token-1');

    const res = await admin.post('/messages', { subscriberIds: [id], body: 'Hello {{name}}' });
    expect((await finished(admin, res.body.jobId)).body).toMatchObject({ state: 'completed', sent: 1, failed: 0, skipped: 0 });
    expect(received).toEqual([
      {
        headers: expect.objectContaining({ authorization: 'Bearer secret-token-1', 'content-type': 'application/json' }),
        body: { to: '+1 555 0199', body: 'Hello Gateway Customer', sender: 'MyISP' },
      },
    ]);
    expect(await messagesOf([id])).toEqual([expect.objectContaining({ status: 'sent', provider: 'http', error: null })]);
    expect(JSON.stringify((await admin.get(`/messages?subscriberId=${id}`)).body)).not.toContain('secret-token-1');
  });

  it('retries a failing gateway with backoff, keeps its error when it never recovers, and times out one that hangs', async () => {
    const owner = await adminId();
    const [recovers, broken, hangs] = [
      await makeSubscriber(db, owner, { phone: '555-0201' }),
      await makeSubscriber(db, owner, { phone: '555-0202' }),
      await makeSubscriber(db, owner, { phone: '555-0203' }),
    ];
    await useGateway();
    plan = ['fail', 'ok'];
    let res = await admin.post('/messages', { subscriberIds: [recovers], body: 'One' });
    expect((await finished(admin, res.body.jobId)).body).toMatchObject({ state: 'completed', sent: 1, failed: 0 });
    expect(received).toHaveLength(2);

    received = [];
    then = 'fail';
    res = await admin.post('/messages', { subscriberIds: [broken], body: 'Two' });
    expect((await finished(admin, res.body.jobId)).body).toMatchObject({ state: 'completed', sent: 0, failed: 1 });
    expect(received).toHaveLength(3);
    expect(await messagesOf([broken])).toEqual([expect.objectContaining({ status: 'failed', error: 'HTTP 503: gateway down' })]);
    expect((await admin.get(`/messages?subscriberId=${broken}&status=failed`)).body.items).toEqual([
      expect.objectContaining({ status: 'failed', error: 'HTTP 503: gateway down', sentAt: null }),
    ]);

    then = 'hang';
    res = await admin.post('/messages', { subscriberIds: [hangs], body: 'Three' });
    expect((await finished(admin, res.body.jobId)).body).toMatchObject({ state: 'completed', sent: 0, failed: 1 });
    expect(await messagesOf([hangs])).toEqual([expect.objectContaining({ status: 'failed', error: `No answer within ${GATEWAY_TIMEOUT_MS} ms` })]);
  });

  it(`refuses an operator’s send past ${MAX_MESSAGE_JOBS_PER_OPERATOR} queued or running with 429 and Retry-After (R14)`, async () => {
    const owner = await adminId();
    const id = await makeSubscriber(db, owner, { phone: '555-0301' });
    await useGateway();
    then = 'hang'; // each send takes its attempts' timeouts: they stay queued or running meanwhile
    const staff = await signIn(await smsStaff());
    const jobs: string[] = [];
    for (let i = 0; i < MAX_MESSAGE_JOBS_PER_OPERATOR; i++) {
      const res = await staff.post('/messages', { subscriberIds: [id], body: `Backlog ${i}` });
      expect(res.status).toBe(202);
      jobs.push(res.body.jobId);
    }
    const refused = await api.app.inject({
      method: 'POST',
      url: '/api/messages',
      headers: { authorization: `Bearer ${staff.token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ subscriberIds: [id], body: 'One too many' }),
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'TOO_MANY_RUNS', message: expect.stringContaining(`at most ${MAX_MESSAGE_JOBS_PER_OPERATOR}`) });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    for (const job of jobs)
      await waitFor(
        () => staff.get(`/messages/jobs/${job}`),
        (r) => r.body.state === 'completed',
        30000,
      );
    expect((await staff.post('/messages', { subscriberIds: [id], body: 'Room again' })).status).toBe(202);
  }, 60000);
});

describe('expiry reminders', () => {
  it('are off by default; on, one message per subscriber and expiry date, however often they run', async () => {
    const owner = await adminId();
    const due = await makeSubscriber(db, owner, { name: 'Due Customer', phone: '555-0401' });
    const notYet = await makeSubscriber(db, owner, { phone: '555-0402' });
    const suspended = await makeSubscriber(db, owner, { phone: '555-0403', status: 'suspended' });
    await expiringIn(due, 2);
    await expiringIn(notYet, 20);
    await expiringIn(suspended, 2);
    const service = worker.get(MessageSendingService);
    await service.sendReminders();
    expect(await messagesOf([due, notYet, suspended])).toEqual([]);

    const template = await admin.post('/message-templates', { name: `Reminder ${due}`, body: '{{name}}: renew before {{expiresAt}}' });
    expect((await admin.put('/settings/messages', { provider: 'outbox', reminderEnabled: true })).status).toBe(400);
    const on = await admin.put('/settings/messages', { provider: 'outbox', reminderEnabled: true, reminderDays: 5, reminderTemplateId: template.body.id });
    expect(on.body).toMatchObject({ reminderEnabled: true, reminderDays: 5, reminderTemplateId: template.body.id });
    await service.sendReminders();
    await service.sendReminders();
    const sent = await messagesOf([due, notYet, suspended]);
    expect(sent).toEqual([expect.objectContaining({ subscriber_id: due, status: 'sent', job_id: expect.stringMatching(/^reminder-\d{4}-\d{2}-\d{2}$/) })]);
    expect(sent[0].body).toMatch(/^Due Customer: renew before \d{4}-\d{2}-\d{2}$/);
    const audit = await admin.get('/audit?action=message.reminders');
    expect(audit.body.items[0]).toMatchObject({ actorName: 'system', changes: { after: expect.objectContaining({ sent: expect.any(Number) }) } });

    // Extended to a new expiry date within the window: one more reminder, for that date.
    await expiringIn(due, 4);
    await service.sendReminders();
    expect(await messagesOf([due])).toHaveLength(2);
  });
});

function cli(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [WORKER_MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('pnpm worker send-messages', () => {
  // Three runs, each a Node process that loads TypeORM: a few seconds each, more on a busy machine.
  jest.setTimeout(90000);

  it('--dry-run prints how many it would send and sends nothing; without it, sends', async () => {
    const owner = await makeAccount(db, AccountType.Reseller);
    const ids = [
      await makeSubscriber(db, owner.id, { phone: '555-0501' }),
      await makeSubscriber(db, owner.id, { phone: '555-0502' }),
      await makeSubscriber(db, owner.id),
    ];
    const dry = await cli(['send-messages', '--filter', `owner=${owner.id}`, '--body', 'Hi {{name}}', '--dry-run']);
    expect(dry).toEqual({ code: 0, output: expect.stringContaining('dry run: would send 2 messages (1 skipped: no phone); nothing written') });
    expect(await messagesOf(ids)).toEqual([]);

    const bad = await cli(['send-messages', '--filter', `owner=${owner.id}`, '--body', 'Hi {{foo}}']);
    expect(bad).toEqual({ code: 1, output: expect.stringContaining('Unknown placeholder: {{foo}}') });
    const badFilter = await cli(['send-messages', '--filter', `owner=${owner.id},colour=red`, '--body', 'Hi']);
    expect(badFilter).toEqual({
      code: 1,
      output: expect.stringContaining('--filter: "colour=red" is not one of status=…, owner=…, expiring-in-days=… (each once)'),
    });

    const run = await cli(['send-messages', '--filter', `owner=${owner.id}, status=active`, '--body', 'Hi {{name}}']);
    expect(run).toEqual({ code: 0, output: expect.stringMatching(/sent 2, failed 0, skipped 1 \(no phone\); job cli-/) });
    expect(await messagesOf(ids)).toHaveLength(2);
  });
});
