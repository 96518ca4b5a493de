import { DataSource } from 'typeorm';
import { ApiClient, openTwoApis, TestApi } from './support/harness';
import { makeAccount, MadeAccount, PASSWORD } from './support/factories';

/** R9 as amended: disabling an operator refuses every account below it, on every instance, nothing rewritten. */
let one: TestApi;
let two: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => ({ one, two, db, admin } = await openTwoApis()));
afterAll(async () => {
  await one.close();
  await two.close();
});

/** Reseller → sub-reseller → retailer, each with a staff account, and a sibling reseller with its own staff. */
async function tree() {
  const reseller = await makeAccount(db, 3, { permissions: ['subscriber_module'] });
  const resellerStaff = await makeAccount(db, 6, { parentId: reseller.id, permissions: ['subscriber_module'] });
  const subReseller = await makeAccount(db, 4, { parentId: reseller.id, permissions: ['subscriber_module'] });
  const subResellerStaff = await makeAccount(db, 7, { parentId: subReseller.id, permissions: ['subscriber_module'] });
  const retailer = await makeAccount(db, 5, { parentId: subReseller.id, permissions: ['subscriber_module'] });
  const retailerStaff = await makeAccount(db, 8, { parentId: retailer.id, permissions: ['subscriber_module'] });
  const sibling = await makeAccount(db, 3, { permissions: ['subscriber_module'] });
  const siblingStaff = await makeAccount(db, 6, { parentId: sibling.id, permissions: ['subscriber_module'] });
  const below = [resellerStaff, subReseller, subResellerStaff, retailer, retailerStaff];
  return { reseller, below, outside: [sibling, siblingStaff] };
}

/** Signs each account in on instance two and warms that instance's cache with a first request. */
async function signedInOnTwo(accounts: MadeAccount[]): Promise<ApiClient[]> {
  const clients = await Promise.all(accounts.map((a) => two.login(a.email, PASSWORD)));
  for (const client of clients) expect((await client.get('/me')).status).toBe(200);
  return clients;
}

async function statuses(clients: ApiClient[]) {
  return Promise.all(clients.map(async (c) => (await c.get('/me')).status));
}

async function signIn(api: TestApi, account: MadeAccount) {
  return api.anonymous.post('/auth/login', { email: account.email, password: PASSWORD });
}

it('disabling a reseller on one instance refuses everything below it on the other at its very next request', async () => {
  const { reseller, below, outside } = await tree();
  const [resellerOnTwo, ...belowOnTwo] = await signedInOnTwo([reseller, ...below]);
  const outsideOnTwo = await signedInOnTwo(outside);

  expect((await admin.patch(`/users/${reseller.id}`, { status: 'disabled' })).status).toBe(200);

  for (const client of [resellerOnTwo, ...belowOnTwo]) {
    expect(await client.get('/me')).toMatchObject({
      status: 401,
      body: { statusCode: 401, message: 'Account is disabled', error: 'Unauthorized', code: 'ACCOUNT_DISABLED' },
    });
  }
  expect(await statuses(outsideOnTwo)).toEqual([200, 200]);
  // Nothing below was rewritten: only the reseller is disabled.
  const rows: { status: string }[] = await db.query(`SELECT status FROM accounts WHERE id = ANY($1::int[])`, [below.map((a) => a.id)]);
  expect(rows.map((r) => r.status)).toEqual(below.map(() => 'active'));
});

it('enabling the reseller again restores those below it, but not one that was disabled itself', async () => {
  const { reseller, below } = await tree();
  const [, subReseller, subResellerStaff] = below;
  const clients = await signedInOnTwo(below);
  await admin.patch(`/users/${subResellerStaff.id}`, { status: 'disabled' });
  await admin.patch(`/users/${reseller.id}`, { status: 'disabled' });
  expect(await statuses(clients)).toEqual([401, 401, 401, 401, 401]);

  await admin.patch(`/users/${reseller.id}`, { status: 'active' });
  expect(await statuses(clients)).toEqual([200, 200, 401, 200, 200]);
  expect((await signIn(two, subResellerStaff)).body.message).toBe('Account is disabled');
  expect((await signIn(two, subReseller)).status).toBe(200);
});

it('refuses sign-in and refresh below a disabled operator, on either instance', async () => {
  const { reseller, below } = await tree();
  const tokens = await Promise.all(below.map(async (a) => (await signIn(one, a)).body.refreshToken as string));
  await admin.patch(`/users/${reseller.id}`, { status: 'disabled' });

  for (const [i, account] of below.entries()) {
    const api = i % 2 ? one : two;
    expect(await signIn(api, account)).toMatchObject({ status: 401, body: { message: 'Account is disabled' } });
    expect(await api.anonymous.post('/auth/refresh', { refreshToken: tokens[i] })).toMatchObject({ status: 401, body: { message: 'Account is disabled' } });
  }

  await admin.patch(`/users/${reseller.id}`, { status: 'active' });
  for (const [i, account] of below.entries()) {
    expect((await signIn(two, account)).status).toBe(200);
    // The refused refresh ended nothing: the same token still rotates.
    expect((await one.anonymous.post('/auth/refresh', { refreshToken: tokens[i] })).status).toBe(200);
  }
});

it('disabling a retailer leaves the operators above it and its siblings working', async () => {
  const { below } = await tree();
  const [resellerStaff, subReseller, subResellerStaff, retailer, retailerStaff] = below;
  const clients = await signedInOnTwo([resellerStaff, subReseller, subResellerStaff, retailerStaff]);
  await admin.patch(`/users/${retailer.id}`, { status: 'disabled' });
  expect(await statuses(clients)).toEqual([200, 200, 200, 401]);
});

it('an operator below a disabled one cannot be given subscribers, until it is enabled again', async () => {
  const { reseller, below } = await tree();
  const retailer = below[3];
  await admin.patch(`/users/${reseller.id}`, { status: 'disabled' });
  const refused = await admin.post('/subscribers', { username: `below-${retailer.id}`, name: 'Below', ownerId: retailer.id });
  expect(refused).toMatchObject({ status: 404, body: { message: `Operator ${retailer.id} not found` } });

  await admin.patch(`/users/${reseller.id}`, { status: 'active' });
  expect((await admin.post('/subscribers', { username: `below-${retailer.id}`, name: 'Below', ownerId: retailer.id })).status).toBe(201);
});
