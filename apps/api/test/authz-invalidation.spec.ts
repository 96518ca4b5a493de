import { authzChangedChannel, authzFlushedChannel } from '@tiergate/access';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AuthzService } from '../src/access/authz.service';
import { ApiClient, openTwoApis, TestApi } from './support/harness';
import { makeAccount } from './support/factories';

/**
 * Issue 17 item 6: a change drops, on every instance, only the cached entries it touched. Instance two's cached
 * access of an account is the same object after a change that did not touch it, and a new one after one that did.
 */
let one: TestApi;
let two: TestApi;
let db: DataSource;
let admin: ApiClient;

beforeAll(async () => ({ one, two, db, admin } = await openTwoApis()));
afterAll(async () => {
  await one.close();
  await two.close();
});

const cachedOnTwo = () => two.app.get(AuthzService);

/** A reseller with a staff account and a sub-reseller (with its own staff), and a reseller beside it. */
async function tree() {
  const reseller = await makeAccount(db, 3, { permissions: ['user_module', 'role_module'] });
  const staff = await makeAccount(db, 6, { parentId: reseller.id, permissions: ['user_module'] });
  const subReseller = await makeAccount(db, 4, { parentId: reseller.id, permissions: ['user_module'] });
  const subStaff = await makeAccount(db, 7, { parentId: subReseller.id, permissions: ['user_module'] });
  const beside = await makeAccount(db, 3, { roleId: reseller.roleId });
  return { reseller, staff, subReseller, subStaff, beside };
}

/** Which of the accounts instance two loads afresh after `change` (the others it still serves from its cache). */
async function reloadedAfter(accounts: Record<string, { id: number }>, change: () => Promise<unknown>): Promise<string[]> {
  const before = new Map<string, unknown>();
  for (const [name, { id }] of Object.entries(accounts)) before.set(name, await cachedOnTwo().accessOf(id));
  await change();
  const reloaded: string[] = [];
  for (const [name, { id }] of Object.entries(accounts)) if ((await cachedOnTwo().accessOf(id)) !== before.get(name)) reloaded.push(name);
  return reloaded;
}

it("an account's permissions drop its own entry and its staff's (their ceiling), nothing else", async () => {
  const accounts = await tree();
  const reloaded = await reloadedAfter(accounts, () => admin.put(`/users/${accounts.reseller.id}/permissions`, { grants: [], revokes: ['role_module'] }));
  expect(reloaded).toEqual(['reseller', 'staff']);
  expect([...(await cachedOnTwo().accessOf(accounts.staff.id)).permissions]).toEqual(['user_module']);
});

it("a role's permissions drop every holder and the staff of a principal holding it", async () => {
  const accounts = await tree();
  const reloaded = await reloadedAfter(accounts, () => admin.put(`/roles/${accounts.reseller.roleId}/permissions`, { permissions: ['user_module'] }));
  expect(reloaded).toEqual(['reseller', 'staff', 'beside']);
});

it('disabling an operator drops its whole subtree (R9), and enabling it again restores it', async () => {
  const accounts = await tree();
  expect(await reloadedAfter(accounts, () => admin.patch(`/users/${accounts.reseller.id}`, { status: 'disabled' }))).toEqual([
    'reseller',
    'staff',
    'subReseller',
    'subStaff',
  ]);
  expect((await cachedOnTwo().accessOf(accounts.subStaff.id)).account.disabledOnPath).toBe(true);
  await admin.patch(`/users/${accounts.reseller.id}`, { status: 'active' });
  expect((await cachedOnTwo().accessOf(accounts.subStaff.id)).account.disabledOnPath).toBe(false);
});

it('a name drops the account and its staff (which show their principal), not its sub-operators', async () => {
  const accounts = await tree();
  const reloaded = await reloadedAfter(accounts, () => admin.patch(`/users/${accounts.reseller.id}`, { name: `Renamed ${Date.now()}` }));
  expect(reloaded).toEqual(['reseller', 'staff']);
});

it('a module switch drops every account', async () => {
  const accounts = await tree();
  try {
    const switched = await reloadedAfter(accounts, async () =>
      expect((await admin.put('/settings/modules', { key: 'voucher_management', enabled: false })).status).toBe(200),
    );
    expect(switched).toEqual(Object.keys(accounts));
  } finally {
    await admin.put('/settings/modules', { key: 'voucher_management', enabled: true });
  }
});

it('a message whose reach is not known (a bare change id, as an older publisher sends) drops everything', async () => {
  const accounts = await tree();
  const prefix = one.config.QUEUE_PREFIX;
  const ear = new Redis(one.config.REDIS_URL);
  const publisher = new Redis(one.config.REDIS_URL);
  try {
    await ear.subscribe(authzFlushedChannel(prefix));
    const reloaded = await reloadedAfter(accounts, async () => {
      const confirmed = new Promise((resolve) =>
        ear.on('message', (_channel, message: string) => message === `legacy-1 ${cachedOnTwo().instanceId}` && resolve(message)),
      );
      await publisher.publish(authzChangedChannel(prefix), 'legacy-1');
      await confirmed;
    });
    expect(reloaded).toEqual(Object.keys(accounts));
  } finally {
    ear.disconnect();
    publisher.disconnect();
  }
});
