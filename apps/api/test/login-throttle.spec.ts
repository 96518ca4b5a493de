import { DataSource } from 'typeorm';
import { loadApiConfig } from '../src/config/config';
import { openApi, TestApi, testEnv } from './support/harness';
import { makeAccount, PASSWORD } from './support/factories';

let api: TestApi;
let db: DataSource;

beforeAll(async () => {
  ({ api, db } = await openApi({}, { admin: false }));
});
afterAll(() => api.close());

interface Attempt {
  status: number;
  message: string;
  code: string;
  retryAfter?: string;
}

/** A sign-in from the peer `from`, optionally naming a client in X-Forwarded-For. */
async function login(target: TestApi, email: string, password: string, from: string, forwardedFor?: string): Promise<Attempt> {
  const res = await target.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: from,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
  return { status: res.statusCode, message: res.json().message, code: res.json().code, retryAfter: res.headers['retry-after'] as string | undefined };
}

async function failureReasons(email: string): Promise<string[]> {
  const rows = await db.query(`SELECT changes->>'reason' AS reason FROM audit_log WHERE action = 'auth.login_failed' AND target_label = $1 ORDER BY id`, [
    email,
  ]);
  return rows.map((r: { reason: string }) => r.reason);
}

function expectThrottled(attempt: Attempt, atMostSeconds: number): number {
  expect(attempt.status).toBe(429);
  expect(attempt.code).toBe('LOGIN_THROTTLED');
  const seconds = Number(/^Too many failed sign-in attempts; try again in (\d+) seconds$/.exec(attempt.message)?.[1]);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(atMostSeconds);
  expect(attempt.retryAfter).toBe(String(seconds));
  return seconds;
}

describe('per account and address', () => {
  it('locks the pair after 5 failures, before hashing, without locking the owner out from another address', async () => {
    const owner = await makeAccount(db, 3);
    for (let i = 0; i < 5; i++) expect((await login(api, owner.email, 'wrong-pass', '198.51.100.1')).status).toBe(401);
    expectThrottled(await login(api, owner.email, PASSWORD, '198.51.100.1'), 30);
    expect((await login(api, owner.email, PASSWORD, '198.51.100.2')).status).toBe(200);
    expect(await failureReasons(owner.email)).toEqual([...Array(5).fill('wrong password'), 'locked']);
  });

  it('doubles the lock per further failure, and a success starts the pair again from zero', async () => {
    const owner = await makeAccount(db, 3);
    const expireLock = () => db.query(`UPDATE login_attempts SET locked_until = now() - interval '1 second' WHERE email = $1`, [owner.email]);
    for (let i = 0; i < 5; i++) await login(api, owner.email, 'wrong-pass', '198.51.100.3');
    expectThrottled(await login(api, owner.email, 'wrong-pass', '198.51.100.3'), 30);
    await expireLock();
    expect((await login(api, owner.email, 'wrong-pass', '198.51.100.3')).status).toBe(401);
    expect(expectThrottled(await login(api, owner.email, PASSWORD, '198.51.100.3'), 60)).toBeGreaterThan(30);
    await expireLock();
    expect((await login(api, owner.email, PASSWORD, '198.51.100.3')).status).toBe(200);
    expect(await db.query(`SELECT * FROM login_attempts WHERE email = $1`, [owner.email])).toEqual([]);
    for (let i = 0; i < 4; i++) expect((await login(api, owner.email, 'wrong-pass', '198.51.100.3')).status).toBe(401);
    expect((await login(api, owner.email, PASSWORD, '198.51.100.3')).status).toBe(200);
  });

  it('throttles an unknown email exactly like a known one', async () => {
    const ghost = `ghost-${Date.now()}@tiergate.test`;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(api, ghost, 'wrong-pass', '198.51.100.4')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await failureReasons(ghost)).toEqual([...Array(5).fill('unknown email'), 'locked']);
  });

  it('lets at most 5 of 30 concurrent wrong passwords reach the hash, and the owner still signs in from elsewhere', async () => {
    const owner = await makeAccount(db, 3);
    const burst = await Promise.all(Array.from({ length: 30 }, () => login(api, owner.email, 'wrong-pass', '198.51.100.5')));
    expect(burst.filter((a) => a.status === 401)).toHaveLength(5);
    expect(burst.filter((a) => a.status === 429)).toHaveLength(25);
    const reasons = await failureReasons(owner.email);
    expect(reasons.filter((r) => r === 'wrong password')).toHaveLength(5); // verified against the hash
    expect(reasons.filter((r) => r === 'locked')).toHaveLength(25); // refused before it
    expect((await login(api, owner.email, PASSWORD, '198.51.100.6')).status).toBe(200);
  });
});

describe('per account across addresses', () => {
  it('allows at most 100 failures an hour from everywhere, then answers 429 until the hour allows', async () => {
    const owner = await makeAccount(db, 3);
    for (let address = 0; address < 20; address++) {
      for (let i = 0; i < 5; i++) expect((await login(api, owner.email, 'wrong-pass', `203.0.113.${address}`)).status).toBe(401);
    }
    const throttled = await login(api, owner.email, PASSWORD, '203.0.113.100');
    expect(expectThrottled(throttled, 3600)).toBeGreaterThan(3500);
    expect((await failureReasons(owner.email)).at(-1)).toBe('hourly limit');

    // The oldest failure leaves the hour: one attempt may go through again, and a right password is not a failure.
    await db.query(`UPDATE login_ceilings SET failed_at[1] = now() - interval '61 minutes' WHERE email = $1`, [owner.email]);
    expect((await login(api, owner.email, PASSWORD, '203.0.113.100')).status).toBe(200);
    const [{ failures }] = await db.query(`SELECT cardinality(failed_at) AS failures FROM login_ceilings WHERE email = $1`, [owner.email]);
    expect(failures).toBe(99);
  });
});

describe('client address behind a proxy', () => {
  it('reads X-Forwarded-For only from a trusted proxy, for the audit entry and for throttling', async () => {
    const { api: proxied, db: proxiedDb } = await openApi({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }, { admin: false });
    try {
      const owner = await makeAccount(proxiedDb, 3);
      const addresses = async () =>
        (await proxiedDb.query(`SELECT ip FROM audit_log WHERE target_label = $1 ORDER BY id`, [owner.email])).map((r: { ip: string }) => r.ip);

      expect((await login(proxied, owner.email, PASSWORD, '10.1.2.3', '192.0.2.7')).status).toBe(200);
      expect((await login(proxied, owner.email, PASSWORD, '198.51.100.9', '192.0.2.7')).status).toBe(200);
      expect(await addresses()).toEqual(['192.0.2.7', '198.51.100.9']);

      for (let i = 0; i < 5; i++) await login(proxied, owner.email, 'wrong-pass', '10.1.2.3', '192.0.2.7');
      expect((await login(proxied, owner.email, PASSWORD, '10.1.2.3', '192.0.2.7')).status).toBe(429);
      expect((await login(proxied, owner.email, PASSWORD, '10.1.2.3', '192.0.2.8')).status).toBe(200);
      // An untrusted peer claiming the locked client's address is throttled as itself.
      expect((await login(proxied, owner.email, PASSWORD, '198.51.100.9', '192.0.2.7')).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('without TRUST_PROXY takes the peer’s address and ignores X-Forwarded-For', async () => {
    const owner = await makeAccount(db, 3);
    expect((await login(api, owner.email, PASSWORD, '127.0.0.1', '192.0.2.7')).status).toBe(200);
    expect((await login(api, owner.email, PASSWORD, '10.1.2.3', '192.0.2.7')).status).toBe(200);
    const entries = await db.query(`SELECT ip FROM audit_log WHERE target_label = $1 ORDER BY id`, [owner.email]);
    expect(entries.map((r: { ip: string }) => r.ip)).toEqual(['127.0.0.1', '10.1.2.3']);
  });

  it('takes TRUST_PROXY as addresses and CIDR ranges, and refuses true', () => {
    const env = (value: string) => ({ ...testEnv('postgres://localhost/x'), TRUST_PROXY: value });
    expect(loadApiConfig(env('false')).TRUST_PROXY).toEqual([]);
    expect(loadApiConfig(env('10.0.0.0/8, 127.0.0.1,::1,loopback')).TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'loopback']);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.example.com', '127.0.0.1/8/8']) {
      expect(() => loadApiConfig(env(bad))).toThrow('TRUST_PROXY must be false or a comma-separated list of proxy addresses or CIDR ranges');
    }
  });
});

describe('per address, any account: failures only', () => {
  let office: TestApi;
  let officeDb: DataSource;
  beforeAll(async () => {
    // The default limit: 30 failures a minute from one address.
    ({ api: office, db: officeDb } = await openApi({ LOGIN_THROTTLE_PER_MINUTE: '30' }, { admin: false }));
  });
  afterAll(() => office.close());

  it('lets 40 accounts behind one address sign in within the minute', async () => {
    const staff = [];
    for (let i = 0; i < 40; i++) staff.push(await makeAccount(officeDb, 3));
    const attempts = [];
    for (const account of staff) attempts.push(await login(office, account.email, PASSWORD, '192.0.2.50'));
    expect(attempts.map((a) => a.status)).toEqual(Array(40).fill(200));
  });

  it('refuses an address past 30 failures (before hashing, right password or not), while the same account signs in from elsewhere', async () => {
    const owner = await makeAccount(officeDb, 3);
    const failures = [];
    // Different emails, so that no per-account lock is what stops them.
    for (let i = 0; i < 30; i++) failures.push((await login(office, `spray${i}@tiergate.test`, 'wrong-pass', '192.0.2.60')).status);
    expect(failures).toEqual(Array(30).fill(401));

    for (const password of ['wrong-pass', PASSWORD]) {
      const refused = await login(office, owner.email, password, '192.0.2.60');
      expect(refused.status).toBe(429);
      const seconds = Number(/^Too many failed attempts from this address; try again in (\d+) seconds$/.exec(refused.message)?.[1]);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(60);
      expect(refused.retryAfter).toBe(String(seconds));
    }
    // Refused by the address before the account was looked at: nothing counted against the account.
    expect(await officeDb.query(`SELECT * FROM login_attempts WHERE email = $1`, [owner.email])).toEqual([]);
    expect((await login(office, owner.email, PASSWORD, '192.0.2.61')).status).toBe(200);
  });

  it('counts the refusals of a locked pair as failures of the address', async () => {
    const owner = await makeAccount(officeDb, 3);
    const statuses = [];
    // 5 wrong passwords lock the pair; its 25 refusals are failures of the address too.
    for (let i = 0; i < 30; i++) statuses.push((await login(office, owner.email, 'wrong-pass', '192.0.2.70')).status);
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(25).fill(429)]);
    const colleague = await makeAccount(officeDb, 3);
    expect(await login(office, colleague.email, PASSWORD, '192.0.2.70')).toMatchObject({ status: 429, message: expect.stringMatching(/from this address/) });
  });

  it('counts failed refreshes per address too, not successful ones', async () => {
    const account = await makeAccount(officeDb, 3);
    let { refreshToken } = (await office.anonymous.post('/auth/login', { email: account.email, password: PASSWORD })).body;
    const refresh = (token: string) =>
      office.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refreshToken: token }, remoteAddress: '192.0.2.80' });
    for (let i = 0; i < 40; i++) {
      const res = await refresh(refreshToken);
      expect(res.statusCode).toBe(200);
      refreshToken = res.json().refreshToken;
    }
    for (let i = 0; i < 30; i++) expect((await refresh('x'.repeat(20))).statusCode).toBe(401);
    expect((await refresh(refreshToken)).statusCode).toBe(429);
  });
});
