import { AccountType, allowedKeysForType, PREVIEW_HEADER } from '@tiergate/access';
import { EventEmitter } from 'node:events';
import { request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { Caller } from '../src/access/caller';
import { CONNECTIONS_PER_REQUEST, FairShare, giveBackSharesWhenAnswered, REQUESTS_PER_TENANT, tenantOf, WAITING_PER_TENANT } from '../src/access/fair-share';
import { USAGE_MAX_PAIRS_PER_HOUR, UsageRecorder } from '../src/access/usage-recorder';
import { RetryLaterException } from '../src/common/retry-later.exception';
import { makeAccount, makeSubscriber, PASSWORD } from './support/factories';
import { ADMIN_EMAIL, ADMIN_PASSWORD, Answer, openApi, OpenedApi, watchPool } from './support/harness';
import { waitFor } from './support/redis-server';

/** Fastify's onSend as the API registers it: a request's answer is sent (to its client, or into the void). */
const sent: (r: ServerResponse) => void = (() => {
  const hooks: ((request: unknown, reply: { raw: ServerResponse }, payload: unknown, done: () => void) => void)[] = [];
  giveBackSharesWhenAnswered({ addHook: (_: string, hook: (typeof hooks)[number]) => hooks.push(hook) } as never);
  return (r: ServerResponse) => hooks[0](undefined, { raw: r }, undefined, () => undefined);
})();

/**
 * A response as FairShare sees it: it closes once, answered (`end`: its answer sent, then written) or when its client
 * leaves first (`leave`); `endWithoutOnSend` ends it on a path that skips the hook.
 */
function response() {
  const r = Object.assign(new EventEmitter(), { closed: false, writableEnded: false });
  const close = () => {
    r.closed = true;
    r.emit('close');
  };
  const endWithoutOnSend = () => {
    r.writableEnded = true;
    close();
  };
  const answer = r as unknown as ServerResponse;
  return Object.assign(answer, {
    end: () => {
      sent(answer);
      endWithoutOnSend();
    },
    endWithoutOnSend,
    leave: close,
  });
}

/** Whether `promise` has settled, looked at after everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('FairShare: each tenant has a share of an instance (R14)', () => {
  it('names the tenant by the top two levels of the principal’s path', () => {
    expect(tenantOf('/1/')).toBe('/1/');
    expect(tenantOf('/1/2/')).toBe('/1/2/');
    expect(tenantOf('/1/2/22/1022/')).toBe('/1/2/');
  });

  it('runs a tenant’s requests up to its share, the next ones in turn as its own end, and refuses past its backlog', async () => {
    const share = new FairShare();
    const running = Array.from({ length: REQUESTS_PER_TENANT }, () => response());
    for (const r of running) expect(share.enter('/1/2/', r)).toBe(true);

    const [first, gone, second] = [response(), response(), response()];
    const turns = [share.enter('/1/2/', first), share.enter('/1/2/', gone), share.enter('/1/2/', second)];
    for (const turn of turns) expect(turn).toBeInstanceOf(Promise);
    // Another tenant is not behind them.
    expect(share.enter('/1/3/', response())).toBe(true);
    expect(await settled(turns[0] as Promise<true>)).toBe(false);

    gone.leave(); // its client left before its turn: it never runs and takes no turn
    running[0].end();
    expect(await settled(turns[0] as Promise<true>)).toBe(true);
    expect(await settled(turns[2] as Promise<true>)).toBe(false);
    running[1].end();
    expect(await settled(turns[2] as Promise<true>)).toBe(true);
    expect(await settled(turns[1] as Promise<true>)).toBe(false);

    const backlog = Array.from({ length: WAITING_PER_TENANT }, () => response());
    for (const r of backlog) expect(share.enter('/1/2/', r)).toBeInstanceOf(Promise);
    let refused: unknown;
    try {
      share.enter('/1/2/', response());
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(RetryLaterException);
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 1 });

    // Once everything ended, the tenant starts afresh with its whole share.
    for (const r of [...running, first, second, ...backlog]) if (!r.closed) r.end();
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < REQUESTS_PER_TENANT; i++) expect(share.enter('/1/2/', response())).toBe(true);
  });

  it('keeps the share of a request whose client left until its answer is sent: its work still runs', async () => {
    const share = new FairShare();
    const running = Array.from({ length: REQUESTS_PER_TENANT }, () => response());
    for (const r of running) expect(share.enter('/1/2/', r)).toBe(true);
    running[0].leave();
    const next = share.enter('/1/2/', response()) as Promise<true>;
    expect(await settled(next)).toBe(false);
    sent(running[0]);
    expect(await settled(next)).toBe(true);
  });

  it('does not hold on to the share of an answer that ended without onSend', async () => {
    const share = new FairShare();
    const running = Array.from({ length: REQUESTS_PER_TENANT }, () => response());
    for (const r of running) expect(share.enter('/1/2/', r)).toBe(true);
    const waiting = share.enter('/1/2/', response()) as Promise<true>;
    running[0].endWithoutOnSend();
    // The next request of the tenant finds it: the waiting one takes its place first, and the next waits in turn.
    expect(share.enter('/1/2/', response())).toBeInstanceOf(Promise);
    expect(await settled(waiting)).toBe(true);
  });

  it('lets a request whose client has gone run no further', async () => {
    const r = response();
    r.end();
    expect(await settled(new FairShare().enter('/1/2/', r) as Promise<true>)).toBe(false);
  });
});

describe('One reseller does not hold what every tenant of an instance shares (R14)', () => {
  let opened: OpenedApi;
  /** Holds the lock A's requests wait for; `observer` watches them (a transaction sees pg_stat_activity as it first read it). */
  let holder: Client;
  let observer: Client;

  beforeAll(async () => {
    opened = await openApi({}, { admin: false });
    [holder, observer] = [new Client({ connectionString: opened.env.DATABASE_URL }), new Client({ connectionString: opened.env.DATABASE_URL })];
    await Promise.all([holder.connect(), observer.connect()]);
  });
  afterAll(async () => {
    await Promise.all([holder.end(), observer.end()]);
    await opened.api.close();
  });

  /** Backends of the API's database waiting for a lock (the rest of the machine's databases aside). */
  const waitingOnLocks = async () =>
    Number((await observer.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n);

  it('serves reseller B at once while reseller A has more requests waiting than the pool has connections, and refuses A past its backlog', async () => {
    const { api, db } = opened;
    const a = await makeAccount(db, AccountType.Reseller, { permissions: ['subscriber_module', 'edit_subscriber'] });
    const b = await makeAccount(db, AccountType.Reseller, { permissions: ['subscriber_module'] });
    const subscriber = await makeSubscriber(db, a.id);
    const [onA, onB] = [await api.login(a.email, PASSWORD), await api.login(b.email, PASSWORD)];
    await makeSubscriber(db, b.id, { name: 'Served anyway' });
    expect((await onA.get('/subscribers')).status).toBe(200); // A's caller cached: its requests reach the guard's share at once

    // Every change of A's subscriber waits for this transaction's lock, holding its connection meanwhile.
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM subscribers WHERE id = $1 FOR UPDATE', [subscriber]);
    const changes: Promise<Answer>[] = [];
    for (let i = 0; i < REQUESTS_PER_TENANT + WAITING_PER_TENANT; i++) changes.push(onA.patch(`/subscribers/${subscriber}`, { name: `Renamed ${i}` }));
    expect(await waitFor(waitingOnLocks, (n) => n >= REQUESTS_PER_TENANT, 30000)).toBe(REQUESTS_PER_TENANT);

    // Past A's backlog: 429 with Retry-After, at once.
    const refused = await api.app.inject({
      method: 'PATCH',
      url: `/api/subscribers/${subscriber}`,
      headers: { authorization: `Bearer ${onA.token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'One too many' }),
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });

    // B's list needs a connection: there are free ones, since A holds only its share.
    const list = await onB.get('/subscribers');
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: { name: string }) => s.name)).toEqual(['Served anyway']);
    expect(await waitingOnLocks()).toBe(REQUESTS_PER_TENANT);
    expect(await settled(Promise.race(changes))).toBe(false);

    // Once the lock goes, every one of A's changes is made, in turn.
    await holder.query('COMMIT');
    const answers = await Promise.all(changes);
    expect(answers.map((r) => r.status)).toEqual(changes.map(() => 200));
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'subscriber.update' AND target_id = $1`, [String(subscriber)]);
    expect(n).toBe(changes.length);
  });

  it('takes a preview’s share from the previewer’s tenant: the Admin previewing reseller A waits for none of A’s requests', async () => {
    const { api, db } = opened;
    const a = await makeAccount(db, AccountType.Reseller, { permissions: ['subscriber_module', 'edit_subscriber'] });
    const subscriber = await makeSubscriber(db, a.id, { name: 'Previewed' });
    const [onA, admin] = [await api.login(a.email, PASSWORD), await api.login(ADMIN_EMAIL, ADMIN_PASSWORD)];
    expect((await onA.get('/subscribers')).status).toBe(200);
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM subscribers WHERE id = $1 FOR UPDATE', [subscriber]);
    const changes = Array.from({ length: REQUESTS_PER_TENANT + 1 }, (_, i) => onA.patch(`/subscribers/${subscriber}`, { name: `Renamed ${i}` }));
    expect(await waitFor(waitingOnLocks, (n) => n >= REQUESTS_PER_TENANT, 30000)).toBe(REQUESTS_PER_TENANT);

    const previewed = await admin.request('GET', '/subscribers', undefined, { [PREVIEW_HEADER]: `account:${a.id}` });
    expect(previewed.status).toBe(200);
    expect(previewed.body.items.map((s: { id: number }) => s.id)).toEqual([subscriber]);
    expect(await settled(Promise.race(changes))).toBe(false);

    await holder.query('COMMIT');
    expect((await Promise.all(changes)).map((r) => r.status)).toEqual(changes.map(() => 200));
  });

  it('keeps the shares of requests whose clients left while they wait in the database, until their answers are sent', async () => {
    const { api, db } = opened;
    const a = await makeAccount(db, AccountType.Reseller, { permissions: ['subscriber_module', 'edit_subscriber'] });
    const subscriber = await makeSubscriber(db, a.id);
    const onA = await api.login(a.email, PASSWORD);
    expect((await onA.get('/subscribers')).status).toBe(200);
    await api.app.listen(0, '127.0.0.1');
    const server = api.app.getHttpServer();
    const { port } = server.address() as AddressInfo;
    const connections = () => new Promise<number>((resolve, reject) => server.getConnections((e, n) => (e ? reject(e) : resolve(n))));

    await holder.query('BEGIN');
    await holder.query('SELECT id FROM subscribers WHERE id = $1 FOR UPDATE', [subscriber]);
    // Over real sockets: A's share of requests, each waiting for the lock; then their clients leave.
    const left = Array.from({ length: REQUESTS_PER_TENANT }, (_, i) => {
      const sent = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'PATCH',
        path: `/api/subscribers/${subscriber}`,
        headers: { authorization: `Bearer ${onA.token}`, 'content-type': 'application/json', 'user-agent': 'tiergate-tests' },
      });
      sent.on('error', () => undefined);
      sent.end(JSON.stringify({ name: `Left ${i}` }));
      return sent;
    });
    expect(await waitFor(waitingOnLocks, (n) => n >= REQUESTS_PER_TENANT, 30000)).toBe(REQUESTS_PER_TENANT);
    for (const sent of left) sent.destroy();
    expect(await waitFor(connections, (n) => n === 0, 30000)).toBe(0);

    // Their requests still hold their connections, so they still hold A's share: A's next ones wait, up to its backlog.
    const waiting: Promise<Answer>[] = [];
    for (let i = 0; i < WAITING_PER_TENANT; i++) waiting.push(onA.patch(`/subscribers/${subscriber}`, { name: `Waited ${i}` }));
    expect((await onA.patch(`/subscribers/${subscriber}`, { name: 'One too many' })).status).toBe(429);
    expect(await waitingOnLocks()).toBe(REQUESTS_PER_TENANT);

    await holder.query('COMMIT');
    expect((await Promise.all(waiting)).map((r) => r.status)).toEqual(waiting.map(() => 200));
  });

  it('holds at most two connections for one request: the dashboard and the summary report two, an import of many roles one', async () => {
    const { api, db } = opened;
    const reseller = await makeAccount(db, AccountType.Reseller, { permissions: allowedKeysForType(AccountType.Reseller) });
    const client = await api.login(reseller.email, PASSWORD);
    // The instance's pool, watched while each request alone runs (its caller cached first).
    const pool = watchPool(api);
    const mostHeldBy = async (request: () => Promise<Answer>) => {
      pool.reset();
      expect((await request()).status).toBeLessThan(300);
      return pool.most();
    };
    try {
      expect((await client.get('/me')).status).toBe(200);
      const roles = Array.from({ length: 6 }, (_, i) => ({
        displayName: `Imported ${i}`,
        type: AccountType.ResellerStaff,
        permissions: ['subscriber_module'],
      }));
      expect(await mostHeldBy(() => client.get('/dashboard'))).toBe(CONNECTIONS_PER_REQUEST);
      expect(await mostHeldBy(() => client.get('/reports/summary'))).toBe(CONNECTIONS_PER_REQUEST);
      // Its transaction, then one statement that reads every imported role back.
      expect(await mostHeldBy(() => client.post('/roles/import', roles))).toBe(1);
    } finally {
      pool.stop();
    }
  });

  it('notes at most a fifth of an instance’s hourly room of permission uses for one tenant, so another tenant’s are still recorded', async () => {
    const { api, db } = opened;
    const usage = api.app.get(UsageRecorder);
    const [a, b] = [await makeAccount(db, AccountType.Reseller), await makeAccount(db, AccountType.Reseller)];
    const as = (account: { id: number; roleId: number; path: string }) =>
      ({ id: account.id, roleId: account.roleId, principalPath: account.path, tenant: tenantOf(account.path) }) as Caller;
    // A's tree uses as many (account, key) pairs as the instance has room for (accounts the flush skips: none exist).
    for (let i = 1; i <= USAGE_MAX_PAIRS_PER_HOUR; i++) usage.note(as({ id: 10_000_000 + i, roleId: a.roleId, path: a.path }), 'subscriber_module');
    usage.note(as(a), 'subscriber_module');
    usage.note(as(b), 'subscriber_module');
    await usage.flush();
    const recorded = await db.query(`SELECT account_id AS id FROM permission_usage WHERE account_id = ANY($1) ORDER BY 1`, [[a.id, b.id]]);
    expect(recorded).toEqual([{ id: b.id }]);
  });
});
