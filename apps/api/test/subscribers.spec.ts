import { allowedKeysForType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { AuthzService } from '../src/access/authz.service';
import { ApiClient, openApi, TestApi } from './support/harness';
import { waitFor } from './support/redis-server';
import { makeAccount, MadeAccount, makePackage, makeSubscriber, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;
let admin: ApiClient;
let adminId: number;

const all = (type: 3 | 4 | 5 | 6 | 7 | 8 | 2) => allowedKeysForType(type) as PermissionKey[];

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
  adminId = (await admin.get('/me')).body.id;
});
afterAll(() => api.close());

const signIn = (a: MadeAccount) => api.login(a.email, PASSWORD);
const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((s) => s.id).sort((x, y) => x - y);

/** Admin → reseller → subreseller → retailer, each owning subscribers, a manager of each scope under the reseller. */
async function world() {
  const reseller = await makeAccount(db, 3, { permissions: all(3) });
  const sub = await makeAccount(db, 4, { parentId: reseller.id, permissions: all(4) });
  const retailer = await makeAccount(db, 5, { parentId: sub.id, permissions: all(5) });
  const direct = await makeAccount(db, 6, { parentId: reseller.id, permissions: all(6) });
  const subtree = await makeAccount(db, 6, { parentId: reseller.id, permissions: all(6) });
  await db.query(`UPDATE accounts SET scope = 'subtree' WHERE id = $1`, [subtree.id]);
  const own = [await makeSubscriber(db, reseller.id, { name: 'Karim Ahmed', phone: '01711000001' }), await makeSubscriber(db, reseller.id)];
  const below = [await makeSubscriber(db, sub.id), await makeSubscriber(db, retailer.id)];
  return { reseller, sub, retailer, direct, subtree, own, below };
}

describe('scope in lists, searches and reads (R10)', () => {
  it('an operator sees its own and everything below; managers their principal’s direct or whole subtree; nobody a sibling’s', async () => {
    const a = await world();
    const b = await world();
    const adminOwn = await makeSubscriber(db, adminId);
    const adminStaff = await makeAccount(db, 2, { permissions: all(2) });

    const resellerA = await signIn(a.reseller);
    expect(ids(await resellerA.get('/subscribers'))).toEqual([...a.own, ...a.below].sort((x, y) => x - y));
    expect(ids(await (await signIn(a.sub)).get('/subscribers'))).toEqual(a.below);
    expect(ids(await (await signIn(a.direct)).get('/subscribers'))).toEqual(a.own);
    expect(ids(await (await signIn(a.subtree)).get('/subscribers'))).toEqual([...a.own, ...a.below].sort((x, y) => x - y));
    expect(ids(await (await signIn(adminStaff)).get('/subscribers'))).toEqual([adminOwn]);
    const everything = ids(await admin.get('/subscribers?limit=200'));
    expect(everything).toEqual(expect.arrayContaining([adminOwn, ...a.own, ...b.own, ...b.below]));

    for (const outside of [...b.own, ...b.below, adminOwn]) {
      expect((await resellerA.get(`/subscribers/${outside}`)).status).toBe(404);
    }
    for (const below of a.below) expect((await (await signIn(a.direct)).get(`/subscribers/${below}`)).status).toBe(404);
    expect((await resellerA.get(`/subscribers?ownerId=${b.reseller.id}`)).body.items).toEqual([]);
    expect(ids(await resellerA.get(`/subscribers?ownerId=${a.sub.id}`))).toEqual([a.below[0]]);
  });

  it('searches username, name and phone within scope only, and pages by keyset', async () => {
    const a = await world();
    const b = await world();
    const client = await signIn(a.reseller);
    expect(ids(await client.get('/subscribers?q=karim'))).toEqual([a.own[0]]);
    expect(ids(await client.get('/subscribers?q=01711000001'))).toEqual([a.own[0]]);
    expect(ids(await client.get('/subscribers?q=%25'))).toEqual([]); // a literal %, not a wildcard
    expect(b.own).toHaveLength(2); // B has a "Karim Ahmed" too, never found by A

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: number }[]; nextCursor: string | null } } = await client.get(
        `/subscribers?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.body.items.map((s) => s.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...a.own, ...a.below].sort((x, y) => y - x));
    const suspended = await makeSubscriber(db, a.reseller.id, { status: 'suspended' });
    expect(ids(await client.get('/subscribers?status=suspended'))).toEqual([suspended]);
  });

  it('a search reads the scope’s own rows up to 5,000 subscribers and a hundredth of the table, else the trigram index, and finds the same', async () => {
    const a = await world();
    const bulk = await makeAccount(db, 4, { parentId: a.reseller.id, permissions: all(4) });
    await db.query(
      `INSERT INTO subscribers (owner_id, owner_path, name, username) SELECT $1, $2, 'Bulk ' || n, 'bulk' || $1::int || '.' || n FROM generate_series(1, 5000) n`,
      [bulk.id, bulk.path],
    );
    const named = await makeSubscriber(db, a.sub.id, { name: 'Zoe Karim_50%' });
    await db.query('ANALYZE subscribers'); // the planner's count of the table, which the choice reads, as autovacuum keeps it
    const statements = jest.spyOn(db, 'query');
    // The page's statement: the index's expression as it is, or the same text in a form no index serves.
    const search = async (account: MadeAccount, q: string) => {
      statements.mockClear();
      const found = ids(await (await signIn(account)).get(`/subscribers?q=${encodeURIComponent(q)}`));
      const page = statements.mock.calls.map(([sql]) => (typeof sql === 'string' ? sql : '')).find((sql) => sql.includes('keyset_id'))!;
      return { found, reads: page.includes(`coalesce(s.phone, '') || ''`) ? 'scope' : 'index' };
    };
    try {
      // 5,005 in the reseller's scope (and its subtree manager's), 3 in a sub-reseller's, 2 in the direct manager's.
      expect(await search(a.reseller, 'zOE karim_50%')).toEqual({ found: [named], reads: 'index' });
      expect(await search(a.subtree, 'KARIM')).toEqual({ found: [a.own[0], named], reads: 'index' });
      expect(await search(a.sub, 'zOE karim_50%')).toEqual({ found: [named], reads: 'scope' });
      expect(await search(a.sub, 'karim_5')).toEqual({ found: [named], reads: 'scope' });
      expect(await search(a.direct, 'KARIM')).toEqual({ found: [a.own[0]], reads: 'scope' });
      // `_` taken literally either way: not the space of "Karim Ahmed".
      expect(await search(a.direct, 'karim_')).toEqual({ found: [], reads: 'scope' });
      expect(await search(a.reseller, 'karim_')).toEqual({ found: [named], reads: 'index' });
    } finally {
      statements.mockRestore();
    }
  });
});

describe('changes', () => {
  it('creates for the principal by default, for an operator below on request, never outside', async () => {
    const a = await world();
    const b = await world();
    const manager = await signIn(a.direct);
    const pkg = await makePackage(db);
    const res = await manager.post('/subscribers', {
      username: `new.${Date.now()}`,
      name: ' Nadia ',
      phone: '+8801800000000',
      address: 'Road 1',
      packageId: pkg,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ownerId: a.reseller.id, name: 'Nadia', packageId: pkg, status: 'active', balance: '0.00' });
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86400000);
    expect((await manager.post('/subscribers', { username: `x.${Date.now()}`, name: 'X', ownerId: a.sub.id })).status).toBe(404);
    const operator = await signIn(a.reseller);
    expect((await operator.post('/subscribers', { username: `y.${Date.now()}`, name: 'Y', ownerId: a.retailer.id })).body.ownerId).toBe(a.retailer.id);
    expect(await operator.post('/subscribers', { username: `z.${Date.now()}`, name: 'Z', ownerId: b.reseller.id })).toMatchObject({
      status: 404,
      body: { message: `Operator ${b.reseller.id} not found` },
    });
    expect((await operator.post('/subscribers', { username: `w.${Date.now()}`, name: 'W', ownerId: a.direct.id })).status).toBe(404); // a manager owns no subscribers
    expect(await operator.post('/subscribers', { username: res.body.username, name: 'Dup' })).toMatchObject({ status: 409, body: { code: 'DUPLICATE_NAME' } });
    const refused = { username: `v.${Date.now()}`, name: 'V', ownerId: b.reseller.id, packageId: 2147483647 };
    expect(await operator.post('/subscribers', refused)).toMatchObject({ status: 404, body: { message: 'Package 2147483647 not found' } });
    expect(await operator.post('/subscribers', { ...refused, packageId: pkg })).toMatchObject({
      status: 404,
      body: { message: `Operator ${b.reseller.id} not found` },
    });
    // A refused create leaves no subscriber and no entry.
    const [{ subscribers, entries }] = await db.query(
      `SELECT (SELECT count(*)::int FROM subscribers WHERE username IN ($1, $2)) AS subscribers,
              (SELECT count(*)::int FROM audit_log WHERE action = 'subscriber.create' AND target_label IN ($1, $2)) AS entries`,
      [res.body.username, refused.username],
    );
    expect([subscribers, entries]).toEqual([1, 1]);
    const [entry] = await db.query(`SELECT action, actor_id, changes FROM audit_log WHERE target_type = 'subscriber' AND target_id = $1`, [
      String(res.body.id),
    ]);
    const { packageName, ...created } = res.body;
    expect(entry).toEqual({ action: 'subscriber.create', actor_id: a.direct.id, changes: { after: created } });
    // The answer is the subscriber as it is read.
    expect((await manager.get(`/subscribers/${res.body.id}`)).body).toEqual({ ...created, packageName });

    // The manager's entry is its parent's to read (R12), never a sibling reseller's.
    const readAs = async (account: MadeAccount) => (await (await signIn(account)).get(`/audit?actorId=${a.direct.id}`)).body.items;
    expect((await readAs(a.reseller)).map((e: { targetId: string }) => e.targetId)).toContain(String(res.body.id));
    expect(await readAs(b.reseller)).toEqual([]);
  });

  it('answers its moments as a Date prints them, a year past 9999 too, in every read and in the audit entry', async () => {
    const a = await world();
    const client = await signIn(a.reseller);
    const username = `far.${Date.now()}`;
    const created = (await client.post('/subscribers', { username, name: 'Far', expiresAt: '9999-12-31T23:59:59.999+00:00' })).body;
    expect(created.expiresAt).toBe('9999-12-31T23:59:59.999Z');
    const [stored] = await db.query(`SELECT created_at FROM subscribers WHERE id = $1`, [created.id]);
    expect(created.createdAt).toBe(stored.created_at.toISOString()); // microseconds truncated as a Date truncates them
    const extended = (await client.post(`/subscribers/${created.id}/extend`, { days: 10 })).body;
    expect(extended.expiresAt).toBe('+010000-01-10T23:59:59.999Z');
    expect(extended.expiresAt).toBe(new Date(Date.UTC(10000, 0, 10, 23, 59, 59, 999)).toISOString());
    expect((await client.get(`/subscribers/${created.id}`)).body).toEqual(extended);
    expect((await client.get(`/subscribers?q=${username}`)).body.items).toEqual([extended]);
    const [entry] = (await client.get(`/subscribers/${created.id}/activity`)).body.items;
    expect(entry.changes).toEqual({ before: { expiresAt: '9999-12-31T23:59:59.999Z' }, after: { expiresAt: extended.expiresAt } });
  });

  it('suspends, reconnects, changes package, extends, keeps notes, and shows its activity with before/after', async () => {
    const a = await world();
    const client = await signIn(a.reseller);
    const id = a.own[0];
    expect((await client.post(`/subscribers/${id}/suspend`)).body.status).toBe('suspended');
    expect(await client.post(`/subscribers/${id}/suspend`)).toMatchObject({
      status: 409,
      body: { message: 'Subscriber is already suspended', code: 'CONFLICT' },
    });
    expect((await client.post(`/subscribers/${id}/reconnect`)).body.status).toBe('active');
    expect((await client.post(`/subscribers/${id}/reconnect`)).status).toBe(409);
    const pkg = await makePackage(db);
    expect((await client.post(`/subscribers/${id}/package`, { packageId: pkg })).body.packageId).toBe(pkg);
    expect((await client.post(`/subscribers/${id}/package`, { packageId: 2147483647 })).status).toBe(404);
    const before = (await client.get(`/subscribers/${id}`)).body.expiresAt;
    const extended = await client.post(`/subscribers/${id}/extend`, { days: 10 });
    expect(new Date(extended.body.expiresAt).getTime() - new Date(before).getTime()).toBe(10 * 86400000);
    expect((await client.patch(`/subscribers/${id}`, { name: 'Karim A.', address: 'Road 2' })).body).toMatchObject({ name: 'Karim A.', address: 'Road 2' });
    expect((await client.post(`/subscribers/${id}/notes`, { body: 'Router replaced' })).status).toBe(201);
    expect((await client.get(`/subscribers/${id}/notes`)).body).toEqual([expect.objectContaining({ body: 'Router replaced', authorId: a.reseller.id })]);

    await admin.post(`/subscribers/${id}/suspend`); // the Admin's own actions are not the reseller's to read (R12)
    const activity = await client.get(`/subscribers/${id}/activity?limit=50`);
    expect(activity.body.items.map((e: { action: string }) => e.action)).toEqual([
      'subscriber.note.add',
      'subscriber.update',
      'subscriber.expiry.extend',
      'subscriber.package.change',
      'subscriber.reconnect',
      'subscriber.suspend',
    ]);
    expect(activity.body.items[1].changes).toEqual({ before: { name: 'Karim Ahmed', address: null }, after: { name: 'Karim A.', address: 'Road 2' } });
    expect(activity.body.items[5].changes).toEqual({ before: { status: 'active' }, after: { status: 'suspended' } });
    expect((await admin.get(`/subscribers/${id}/activity`)).body.items[0].action).toBe('subscriber.suspend');
  });

  it('moves a subscriber to another operator only with transfer_subscriber, and deletes', async () => {
    const a = await world();
    const client = await signIn(a.reseller);
    const manager = await signIn(a.subtree); // staff cannot hold more than the reseller; transfer_subscriber is in both
    expect((await manager.patch(`/subscribers/${a.own[1]}`, { ownerId: a.sub.id })).body.ownerId).toBe(a.sub.id);
    expect(ids(await (await signIn(a.sub)).get('/subscribers'))).toContain(a.own[1]);
    await db.query(`INSERT INTO account_permissions VALUES ($1, 'transfer_subscriber', 'revoke')`, [a.reseller.id]);
    await api.app.get(AuthzService).changed();
    expect(await client.patch(`/subscribers/${a.own[0]}`, { ownerId: a.sub.id })).toMatchObject({
      status: 403,
      body: { message: 'Missing permission: transfer_subscriber', code: 'MISSING_PERMISSION' },
    });
    expect((await client.delete(`/subscribers/${a.own[0]}`)).status).toBe(204);
    expect((await client.get(`/subscribers/${a.own[0]}`)).status).toBe(404);
  });
});

describe('packages', () => {
  it('the Admin side manages them; operators list them to assign; a used one is not deleted', async () => {
    const created = await admin.post('/packages', { name: 'Home 20', price: 800.5, validityDays: 30, description: '20 Mbps' });
    expect(created).toMatchObject({ status: 201, body: { name: 'Home 20', price: '800.50', validityDays: 30 } });
    expect(await admin.post('/packages', { name: 'Home 20', price: 1, validityDays: 1 })).toMatchObject({ status: 409, body: { code: 'DUPLICATE_NAME' } });
    expect((await admin.patch(`/packages/${created.body.id}`, { price: 900 })).body.price).toBe('900.00');
    const a = await world();
    const operator = await signIn(a.reseller);
    expect((await operator.get('/packages')).body.map((p: { id: number }) => p.id)).toContain(created.body.id);
    expect((await operator.post('/packages', { name: 'Mine', price: 1, validityDays: 1 })).status).toBe(403);
    await operator.post(`/subscribers/${a.own[0]}/package`, { packageId: created.body.id });
    expect(await admin.delete(`/packages/${created.body.id}`)).toMatchObject({ status: 409, body: { code: 'NOT_ELIGIBLE_TO_DELETE' } });
    const unused = await admin.post('/packages', { name: 'Unused', price: 1, validityDays: 1 });
    expect((await admin.delete(`/packages/${unused.body.id}`)).status).toBe(204);
    const actions = await db.query(`SELECT action FROM audit_log WHERE target_type = 'package' ORDER BY id`);
    expect(actions.map((r: { action: string }) => r.action)).toEqual(['package.create', 'package.update', 'package.create', 'package.delete']);
  });

  it('a subscriber put on a shared package waits for no other tenant’s subscriber on it; a deletion waits for them all (R14)', async () => {
    const pkg = await makePackage(db);
    const [a, b] = [await world(), await world()];
    // Another tenant's create or package change still open: it holds the package against deletion, as each of these does.
    const other = db.createQueryRunner();
    await other.startTransaction();
    try {
      await other.query(`SELECT 1 FROM packages WHERE id = $1 FOR KEY SHARE`, [pkg]);
      const client = await signIn(a.reseller);
      expect((await client.post('/subscribers', { username: `shared.${Date.now()}`, name: 'Shared', packageId: pkg })).status).toBe(201);
      expect((await client.post(`/subscribers/${a.own[1]}/package`, { packageId: pkg })).status).toBe(200);
      // The deletion waits for the open one, then finds the package in use.
      const deleting = admin.delete(`/packages/${pkg}`);
      const waiting = await waitFor(
        async () =>
          (
            await db.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%"packages"%FOR UPDATE%'`,
            )
          )[0].n,
        (n) => n > 0,
      );
      expect(waiting).toBe(1);
      await other.commitTransaction();
      expect(await deleting).toMatchObject({ status: 409, body: { code: 'NOT_ELIGIBLE_TO_DELETE' } });
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    expect((await (await signIn(b.reseller)).post('/subscribers', { username: `shared.b.${Date.now()}`, name: 'B', packageId: pkg })).status).toBe(201);
  });
});
