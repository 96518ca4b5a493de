import { AccountType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, MadeAccount, PASSWORD } from './support/factories';

const PROFILE_KEYS: PermissionKey[] = ['my_profile_module', 'edit_my_profile', 'my_profile_change_password'];

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
});
afterAll(() => api.close());

const staffWith = (permissions = PROFILE_KEYS) => makeAccount(db, AccountType.Staff, { permissions });

/** Signs in from `address` (each test its own, so that the login throttle's counters do not cross tests). */
async function signIn(account: { email: string }, address: string, password = PASSWORD) {
  const res = await api.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: address, payload: { email: account.email, password } });
  return { status: res.statusCode, headers: res.headers, body: res.json() };
}

/** A client whose requests come from `address`, as the password check sees them. */
class ClientAt extends ApiClient {
  constructor(
    token: string,
    private readonly address: string,
  ) {
    super(api.app, token);
  }

  override async request<T = any>(method: string, url: string, payload?: unknown) {
    const res = await this.app.inject({
      method: method as 'GET',
      url: `/api${url}`,
      remoteAddress: this.address,
      headers: { authorization: `Bearer ${this.token}` },
      ...(payload !== undefined && { payload: payload as string }),
    });
    return { status: res.statusCode, body: res.body ? (res.json() as T) : (undefined as T), retryAfter: res.headers['retry-after'] };
  }
}

async function clientOf(account: MadeAccount, address: string) {
  const res = await signIn(account, address);
  expect(res.status).toBe(200);
  return { client: new ClientAt(res.body.accessToken, address), refreshToken: res.body.refreshToken as string };
}

const auditsOf = (account: MadeAccount) =>
  db.query(`SELECT action, actor_name, target_type, target_id, changes FROM audit_log WHERE actor_id = $1 AND action NOT IN ('auth.login') ORDER BY id`, [
    account.id,
  ]);

describe('PATCH /me', () => {
  it('renames the account: answers what GET /me shows, audits user.update, and later entries carry the new name', async () => {
    const account = await staffWith();
    const { client } = await clientOf(account, '10.8.0.1');
    const res = await client.patch('/me', { name: '  Desk Lead  ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: account.id, name: 'Desk Lead', email: account.email, type: 2, typeName: 'Staff', permissions: PROFILE_KEYS });
    expect(res.body).toEqual((await client.get('/me')).body);
    await client.patch('/me', { phone: '+880 1711-000000' });
    expect(await auditsOf(account)).toEqual([
      {
        action: 'user.update',
        actor_name: expect.stringMatching(/^Account \d+$/),
        target_type: 'account',
        target_id: String(account.id),
        changes: { before: { name: expect.any(String) }, after: { name: 'Desk Lead' } },
      },
      // The name is cached with the account (R9): the next entry already names the actor by its new name.
      {
        action: 'user.update',
        actor_name: 'Desk Lead',
        target_type: 'account',
        target_id: String(account.id),
        changes: { before: { phone: null }, after: { phone: '+880 1711-000000' } },
      },
    ]);
  });

  it('clears the phone with null; leaving a field out keeps it; no change writes nothing', async () => {
    const account = await staffWith();
    const { client } = await clientOf(account, '10.8.0.2');
    expect((await client.patch('/me', { phone: '+8801700000001' })).body.phone).toBe('+8801700000001');
    expect((await client.patch('/me', { name: 'Kept Name' })).body).toMatchObject({ name: 'Kept Name', phone: '+8801700000001' });
    expect((await client.patch('/me', { phone: null })).body).toMatchObject({ name: 'Kept Name', phone: null });
    const audits = (await auditsOf(account)).length;
    expect((await client.patch('/me', { name: 'Kept Name', phone: null })).status).toBe(200);
    expect((await client.patch('/me', {})).status).toBe(200);
    expect(await auditsOf(account)).toHaveLength(audits);
    expect((await db.query(`SELECT phone FROM accounts WHERE id = $1`, [account.id]))[0].phone).toBeNull();
  });

  it('refuses a null, empty or non-string name, a bad phone and unknown fields with 400, writing nothing', async () => {
    const account = await staffWith();
    const { client } = await clientOf(account, '10.8.0.3');
    const cases: [unknown, string][] = [
      [{ name: null }, 'name must be a string'],
      [{ name: '   ' }, 'name must not be empty'],
      [{ name: 42 }, 'name must be a string'],
      [{ name: 'x'.repeat(101) }, 'name must be shorter than or equal to 100 characters'],
      [{ phone: 'call me' }, 'phone must be a phone number'],
      [{ email: 'new@tiergate.test' }, 'property email should not exist'],
      [{ type: 1 }, 'property type should not exist'],
    ];
    for (const [body, message] of cases) expect(await client.patch('/me', body)).toMatchObject({ status: 400, body: { message: [message] } });
    expect(await auditsOf(account)).toEqual([]);
    expect((await client.get('/me')).body).toMatchObject({ name: expect.stringMatching(/^Account \d+$/), phone: null, type: 2 });
  });

  it('needs edit_my_profile', async () => {
    const account = await staffWith(['my_profile_module']);
    const { client } = await clientOf(account, '10.8.0.4');
    expect(await client.patch('/me', { name: 'Nope' })).toMatchObject({
      status: 403,
      body: { message: 'Missing permission: edit_my_profile', code: 'MISSING_PERMISSION' },
    });
  });
});

describe('POST /me/password', () => {
  it('changes the password (argon2id), ends every other session of the account and keeps this one', async () => {
    const account = await staffWith();
    const { client: here } = await clientOf(account, '10.9.0.1');
    const { client: elsewhere, refreshToken: elsewhereRefresh } = await clientOf(account, '10.9.0.2');
    const other = await staffWith();
    const { client: otherAccount } = await clientOf(other, '10.9.0.3');

    const res = await here.post('/me/password', { currentPassword: PASSWORD, newPassword: 'brand-new-pass' });
    expect(res).toMatchObject({ status: 204, body: undefined });

    expect((await here.get('/me')).status).toBe(200);
    expect(await elsewhere.get('/me')).toMatchObject({ status: 401, body: { message: 'Session has ended; sign in again' } });
    expect((await api.anonymous.post('/auth/refresh', { refreshToken: elsewhereRefresh })).status).toBe(401);
    expect((await otherAccount.get('/me')).status).toBe(200);

    expect((await signIn(account, '10.9.0.4')).status).toBe(401);
    expect((await signIn(account, '10.9.0.4', 'brand-new-pass')).status).toBe(200);
    const [{ password_hash }] = await db.query(`SELECT password_hash FROM accounts WHERE id = $1`, [account.id]);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const entries = (await auditsOf(account)).filter((e: { action: string }) => e.action === 'user.password.change');
    expect(entries).toEqual([
      {
        action: 'user.password.change',
        actor_name: expect.any(String),
        target_type: 'account',
        target_id: String(account.id),
        changes: { otherSessionsEnded: 1 },
      },
    ]);
    const stored = JSON.stringify(await db.query(`SELECT * FROM audit_log WHERE actor_id = $1`, [account.id]));
    expect(stored).not.toContain('brand-new-pass');
    expect(stored).not.toContain(PASSWORD);
  });

  it('refuses a wrong current password with 400, counted like a failed sign-in: the 6th try from one address is 429', async () => {
    const account = await staffWith();
    const { client } = await clientOf(account, '10.9.1.1');
    for (let i = 0; i < 5; i++) {
      expect(await client.post('/me/password', { currentPassword: 'not-my-password', newPassword: 'brand-new-pass' })).toMatchObject({
        status: 400,
        body: { statusCode: 400, message: 'Current password is wrong', error: 'Bad Request', code: 'WRONG_CURRENT_PASSWORD' },
      });
    }
    // Locked for this account and address, the right password included, and for signing in from there too.
    const locked = await client.post('/me/password', { currentPassword: PASSWORD, newPassword: 'brand-new-pass' });
    expect(locked).toMatchObject({ status: 429, retryAfter: expect.stringMatching(/^\d+$/) });
    expect((await signIn(account, '10.9.1.1')).status).toBe(429);
    // Never from another address: the owner signs in elsewhere with the unchanged password.
    expect((await signIn(account, '10.9.1.2')).status).toBe(200);
    expect((await client.get('/me')).status).toBe(200);

    const failures = (await auditsOf(account)).filter((e: { action: string }) => e.action.startsWith('auth.password_change'));
    expect(failures.map((e: { changes: { reason: string } }) => e.changes.reason)).toEqual([...Array(5).fill('wrong password'), 'locked']);
    expect(await auditsOf(account)).not.toContainEqual(expect.objectContaining({ action: 'user.password.change' }));
  });

  it('refuses a new password under 8 characters and other bad input with 400, changing and counting nothing', async () => {
    const account = await staffWith();
    const { client } = await clientOf(account, '10.9.2.1');
    const cases: [unknown, string][] = [
      [{ currentPassword: PASSWORD, newPassword: 'short' }, 'newPassword must be at least 8 characters'],
      [{ currentPassword: PASSWORD, newPassword: 12345678 }, 'newPassword must be a string'],
      [{ currentPassword: PASSWORD, newPassword: 'x'.repeat(201) }, 'newPassword must be shorter than or equal to 200 characters'],
      [{ currentPassword: PASSWORD }, 'newPassword must be a string'],
      [{ currentPassword: '', newPassword: 'brand-new-pass' }, 'currentPassword must not be empty'],
      [{ newPassword: 'brand-new-pass' }, 'currentPassword must be a string'],
    ];
    for (const [body, message] of cases) expect(await client.post('/me/password', body)).toMatchObject({ status: 400, body: { message: [message] } });
    expect(await auditsOf(account)).toEqual([]);
    expect(await db.query(`SELECT 1 FROM login_attempts WHERE email = $1`, [account.email])).toEqual([]);
    expect((await signIn(account, '10.9.2.2')).status).toBe(200);
  });

  it('needs my_profile_change_password', async () => {
    const account = await staffWith(['my_profile_module', 'edit_my_profile']);
    const { client } = await clientOf(account, '10.9.3.1');
    expect(await client.post('/me/password', { currentPassword: PASSWORD, newPassword: 'brand-new-pass' })).toMatchObject({
      status: 403,
      body: { message: 'Missing permission: my_profile_change_password', code: 'MISSING_PERMISSION' },
    });
  });
});
