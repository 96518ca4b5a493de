import { DataSource } from 'typeorm';
import { MAX_JSON_DEPTH } from '../src/common/request-input';
import { Answer, ApiClient, openApi, TestApi } from './support/harness';
import { makeAccount, makePackage, makeSubscriber } from './support/factories';

let api: TestApi;
let db: DataSource;
let admin: ApiClient;
let roleId: number;
/** Ids the hostile requests aim at: a role, a staff account, a subscriber and a package the Admin manages. */
let ids: Record<string, number>;

beforeAll(async () => {
  ({ api, db, admin } = await openApi());
  roleId = (await admin.post('/roles', { name: 'Target', type: 3 })).body.id;
  const [{ id: adminId }] = await db.query(`SELECT id FROM accounts WHERE type = 1`);
  ids = {
    role: roleId,
    user: (await makeAccount(db, 2)).id,
    sub: await makeSubscriber(db, adminId, { phone: '+880 1700', name: 'Hostile Target' }),
    pkg: await makePackage(db),
  };
});
afterAll(() => api.close());

const LONG = 'x'.repeat(5000);
const HUGE = JSON.stringify({ name: 'y'.repeat(70 * 1024), type: 2 });

/** [method, path, body, expected status, a fragment of the message] */
const CASES: [string, string, unknown, number, string][] = [
  ['POST', '/auth/login', '{"email": "a@b.c", ', 400, 'not valid JSON'],
  ['POST', '/auth/login', {}, 400, 'email must be an email address'],
  ['POST', '/auth/login', { email: 'not-an-email', password: 'x' }, 400, 'email must be an email address'],
  ['POST', '/auth/login', { email: 'a@b.c', password: 12345 }, 400, 'password must be a string'],
  ['POST', '/auth/login', { email: 'a@b.c', password: LONG }, 400, 'password must be shorter'],
  ['POST', '/auth/login', { email: 'a@b.c', password: 'x', admin: true }, 400, 'property admin should not exist'],
  ['POST', '/auth/refresh', { refreshToken: 42 }, 400, 'refreshToken must be a string'],
  ['POST', '/auth/refresh', { refreshToken: 'short' }, 400, 'refreshToken must be longer'],
  ['POST', '/auth/refresh', { refreshToken: 'not-a-session.secret-part' }, 401, 'Invalid refresh token'],
  ['POST', '/roles', '{bad json', 400, 'not valid JSON'],
  ['POST', '/roles', '"just a string"', 400, 'Body must be a JSON object'],
  ['POST', '/roles', '[1, 2]', 400, 'Body must be a JSON object'],
  ['POST', '/roles', {}, 400, 'name must be a string'],
  ['POST', '/roles', { name: 'Ok' }, 400, 'type must be an integer from 1 to 8'],
  ['POST', '/roles', { name: 'Ok', type: '2' }, 400, 'type must be an integer from 1 to 8'],
  ['POST', '/roles', { name: 'Ok', type: 9 }, 400, 'type must be an integer from 1 to 8'],
  ['POST', '/roles', { name: 'Ok', type: 2.5 }, 400, 'type must be an integer from 1 to 8'],
  ['POST', '/roles', { name: ['Ok'], type: 2 }, 400, 'name must be a string'],
  ['POST', '/roles', { name: LONG, type: 2 }, 400, 'name must be shorter than or equal to 60 characters'],
  ['POST', '/roles', { name: '   ', type: 2 }, 400, 'name must contain letters or digits'],
  ['POST', '/roles', { name: 'Evil/Role', type: 2 }, 400, 'name must contain letters or digits'],
  ['POST', '/roles', { name: 'Ok', type: 2, isSystem: true }, 400, 'property isSystem should not exist'],
  ['POST', '/roles', HUGE, 413, 'Request body is too large'],
  ['GET', '/roles?type=abc', undefined, 400, 'type must be an integer from 1 to 8'],
  ['GET', '/roles?type=2&sort=name', undefined, 400, 'property sort should not exist'],
  ['GET', '/roles/abc', undefined, 400, 'id must be a positive integer'],
  ['GET', '/roles/99999999999', undefined, 400, 'id must be a positive integer'],
  ['GET', '/roles/0', undefined, 400, 'id must be a positive integer'],
  ['GET', '/roles/2147483647', undefined, 404, 'Role 2147483647 not found'],
  ['PATCH', '/roles/:id', {}, 400, 'name must be a string'],
  ['PATCH', '/roles/:id', { name: 'New', type: 'x' }, 400, 'type must be an integer'],
  ['PATCH', '/roles/:id', { name: 'New', owner: 5 }, 400, 'property owner should not exist'],
  ['PUT', '/roles/:id/permissions', {}, 400, 'permissions must be an array of permission keys'],
  ['PUT', '/roles/:id/permissions', { permissions: 'add_user' }, 400, 'permissions must be an array of permission keys'],
  ['PUT', '/roles/:id/permissions', { permissions: [1, 2] }, 400, 'each permission must be a string'],
  ['PUT', '/roles/:id/permissions', { permissions: ['add_user', 'teleport'] }, 400, 'Unknown permission keys: teleport'],
  ['PUT', '/roles/:id/permissions', { permissions: [LONG] }, 400, 'shorter than or equal to 64 characters'],
  ['PUT', '/roles/:id/permissions', { permissions: Array(501).fill('add_user') }, 400, 'must contain no more than 500 elements'],
  ['PUT', '/roles/:id/permissions', { permissions: [], version: 'one' }, 400, 'version must be an integer'],
  ['POST', '/roles/abc/copy', undefined, 400, 'id must be a positive integer'],
  ['DELETE', '/roles/-1', undefined, 400, 'id must be a positive integer'],
  ['GET', '/audit?limit=0', undefined, 400, 'limit must be an integer from 1 to 200'],
  ['GET', '/audit?limit=1000', undefined, 400, 'limit must be an integer from 1 to 200'],
  ['GET', '/audit?cursor=abc', undefined, 400, 'cursor is not a cursor of this list'],
  ['GET', '/audit?sort=id', undefined, 400, 'sort must be one of at, -at'],
  ['GET', '/audit?from=yesterday', undefined, 400, 'from must be an ISO 8601 date or time'],
  ['GET', '/audit?actorId=x', undefined, 400, 'actorId must be an integer from 1 to 2147483647'],
  ['GET', '/audit?action=DROP TABLE', undefined, 400, 'action must be a dotted action name'],
  ['GET', '/audit?hack=1', undefined, 400, 'property hack should not exist'],
  ['POST', '/users', '{"name": ', 400, 'not valid JSON'],
  ['POST', '/users', {}, 400, 'name must be a string'],
  ['POST', '/users', { name: 'A', email: 'nope', password: 'password-1', type: 2, roleId: 1 }, 400, 'email must be an email address'],
  ['POST', '/users', { name: 'A', email: 'a@b.cd', password: 'short', type: 2, roleId: 1 }, 400, 'password must be at least 8 characters'],
  ['POST', '/users', { name: 'A', email: 'a@b.cd', password: 'password-1', type: 1, roleId: 1 }, 400, 'type must be an integer from 2 to 8'],
  ['POST', '/users', { name: 'A', email: 'a@b.cd', password: 'password-1', type: 2, roleId: 'one' }, 400, 'roleId must be an integer'],
  ['POST', '/users', { name: 'A', email: 'a@b.cd', password: 'password-1', type: 2, roleId: 1, phone: 'call me' }, 400, 'phone must be a phone number'],
  ['POST', '/users', { name: 'A', email: 'a@b.cd', password: 'password-1', type: 2, roleId: 1, scope: 'all' }, 400, 'scope must be "direct" or "subtree"'],
  ['POST', '/users', { name: LONG, email: 'a@b.cd', password: 'password-1', type: 2, roleId: 1 }, 400, 'name must be shorter than or equal to 100 characters'],
  ['POST', '/users', { name: 'A', email: 'a@b.cd', password: 'password-1', type: 2, roleId: 1, admin: true }, 400, 'property admin should not exist'],
  ['GET', '/users?page=0', undefined, 400, 'page must be an integer from 1 to 100000'],
  ['GET', '/users?pageSize=500', undefined, 400, 'pageSize must be an integer from 1 to 200'],
  ['GET', '/users/abc', undefined, 400, 'id must be a positive integer'],
  ['PATCH', '/users/1', { status: 'gone' }, 400, 'status must be "active" or "disabled"'],
  ['PATCH', '/users/1', { name: 42 }, 400, 'name must be a string'],
  ['PUT', '/users/1/role', {}, 400, 'roleId must be an integer'],
  ['PUT', '/users/1/permissions', { grants: 'add_user', revokes: [] }, 400, 'grants must be an array of permission keys'],
  ['PUT', '/users/1/permissions', { grants: [] }, 400, 'revokes must be an array of permission keys'],
  ['PUT', '/users/2147483647/permissions', { grants: ['beam_me_up'], revokes: [] }, 400, 'Unknown permission keys: beam_me_up'],
  ['POST', '/packages', {}, 400, 'name must be a string'],
  ['POST', '/packages', { name: 'P', price: -1, validityDays: 30 }, 400, 'price must be an amount from 0 to 1000000000 with at most 2 decimals'],
  ['POST', '/packages', { name: 'P', price: 1.234, validityDays: 30 }, 400, 'price must be an amount from 0 to 1000000000 with at most 2 decimals'],
  ['POST', '/packages', { name: 'P', price: 1e-7, validityDays: 30 }, 400, 'price must be an amount from 0 to 1000000000 with at most 2 decimals'],
  ['POST', '/packages', { name: 'P', price: 0.1 + 0.2, validityDays: 30 }, 400, 'price must be an amount from 0 to 1000000000 with at most 2 decimals'],
  ['POST', '/packages', { name: 'P', price: '10.001', validityDays: 30 }, 400, 'price must be an amount from 0 to 1000000000 with at most 2 decimals'],
  ['POST', '/packages', { name: 'P', price: 10, validityDays: 0 }, 400, 'validityDays must be an integer from 1 to 3650'],
  ['PATCH', '/packages/1', { validityDays: 1.5 }, 400, 'validityDays must be an integer from 1 to 3650'],
  ['PATCH', '/packages/2147483647', { price: 1 }, 404, 'Package 2147483647 not found'],
  ['POST', '/subscribers', {}, 400, 'username must be a string'],
  ['POST', '/subscribers', { username: 'a b', name: 'N' }, 400, 'username must be 3-64 letters'],
  ['POST', '/subscribers', { username: 'abc', name: 'N', expiresAt: 'soon' }, 400, 'expiresAt must be an ISO 8601 date or time'],
  ['POST', '/subscribers', { username: 'abc', name: 'N', ownerId: -5 }, 400, 'ownerId must be an integer from 1 to 2147483647'],
  ['POST', '/subscribers', { username: 'abc', name: 'N', packageId: 2147483647 }, 404, 'Package 2147483647 not found'],
  ['POST', '/subscribers', { username: 'abc', name: 'N', ownerId: 2147483647 }, 404, 'Operator 2147483647 not found'],
  ['GET', '/subscribers?limit=201', undefined, 400, 'limit must be an integer from 1 to 200'],
  ['GET', '/subscribers?status=gone', undefined, 400, 'status must be active, suspended or expired'],
  ['GET', '/subscribers?ownerId=abc', undefined, 400, 'ownerId must be an integer'],
  ['GET', '/subscribers?q=' + 'q'.repeat(101), undefined, 400, 'q must be shorter than or equal to 100 characters'],
  ['PATCH', '/subscribers/1', { status: 'active' }, 400, 'property status should not exist'],
  ['POST', '/subscribers/1/extend', { days: 0 }, 400, 'days must be an integer from 1 to 3650'],
  ['POST', '/subscribers/1/extend', { days: 'ten' }, 400, 'days must be an integer from 1 to 3650'],
  ['POST', '/subscribers/1/package', {}, 400, 'packageId must be an integer'],
  ['POST', '/subscribers/1/notes', { body: '   ' }, 400, 'body must not be empty'],
  ['POST', '/subscribers/1/notes', { body: LONG }, 400, 'body must be shorter than or equal to 2000 characters'],
  ['GET', '/subscribers/2147483647/activity', undefined, 404, 'Subscriber 2147483647 not found'],
];

/** Every table a request could write to, the audit log whole (auth entries included). */
async function counts() {
  const [row] =
    await db.query(`SELECT (SELECT count(*) FROM audit_log)::int AS "auditTotal", (SELECT count(*) FROM roles)::int AS roles, (SELECT count(*) FROM role_permissions)::int AS perms,
    (SELECT count(*) FROM audit_log WHERE action NOT LIKE 'auth.%')::int AS audit, (SELECT max(version) FROM roles)::int AS version,
    (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM account_permissions)::int AS grants,
    (SELECT count(*) FROM packages)::int AS packages, (SELECT count(*) FROM subscribers)::int AS subscribers,
    (SELECT count(*) FROM subscriber_notes)::int AS notes,
    (SELECT md5(string_agg(s::text, ',' ORDER BY id)) FROM subscribers s) AS "subscriberRows",
    (SELECT md5(string_agg(concat_ws('|', id, name, phone, status, scope, role_id), ',' ORDER BY id)) FROM accounts) AS "accountRows",
    (SELECT md5(string_agg(p::text, ',' ORDER BY id)) FROM packages p) AS "packageRows"`);
  return row;
}

const messageOf = (res: Answer) => (Array.isArray(res.body?.message) ? res.body.message.join('; ') : String(res.body?.message ?? ''));
const at = (path: string) => path.replace(/:(\w+)/g, (_, name: string) => String(ids[name]));

/** A refused request: the status, the contract's shape, a message naming the field, and nothing written. */
async function expectRefused(send: () => Promise<Answer>, status: number, message: string) {
  const before = await counts();
  const res = await send();
  expect({ status: res.status, message: messageOf(res) }).toEqual({ status, message: expect.stringContaining(message) });
  expect(res.body).toEqual({ statusCode: status, message: res.body.message, error: expect.any(String), code: expect.any(String) });
  expect(await counts()).toEqual(before);
}

it.each(CASES.map(([method, path, body, status, message]) => [method, path, JSON.stringify(body ?? null).slice(0, 80), status, body, message] as const))(
  '%s %s %s → %i',
  async (method, path, _shown, status, body, message) => {
    await expectRefused(() => admin.request(method, path.replace(':id', String(roleId)), body), status, message);
  },
);

const VALID_USER = { name: 'Hostile', email: 'hostile@tiergate.test', password: 'password-1', type: 2, roleId: 1 };
const VALID_SUBSCRIBER = { username: 'hostile.sub', name: 'Hostile' };
const VALID_PACKAGE = { name: 'Hostile plan', price: 10, validityDays: 30 };

/** Where a number goes: [method, path, body it is merged into (undefined: a query parameter), field, the range of the message]. */
type NumberSlot = [string, string, object | undefined, string, string];
const ID_RANGE = 'an integer from 1 to 2147483647';
const NUMBER_SLOTS: NumberSlot[] = [
  ['GET', '/subscribers', undefined, 'ownerId', ID_RANGE],
  ['GET', '/audit', undefined, 'actorId', ID_RANGE],
  ['GET', '/audit', undefined, 'limit', 'an integer from 1 to 200'],
  ['GET', '/users', undefined, 'page', 'an integer from 1 to 100000'],
  ['GET', '/users', undefined, 'pageSize', 'an integer from 1 to 200'],
  ['GET', '/users', undefined, 'type', 'an integer from 1 to 8'],
  ['GET', '/roles', undefined, 'type', 'an integer from 1 to 8'],
  ['POST', '/users', VALID_USER, 'roleId', ID_RANGE],
  ['POST', '/users', VALID_USER, 'parentId', ID_RANGE],
  ['PUT', '/users/:user/role', {}, 'roleId', ID_RANGE],
  ['POST', '/subscribers', VALID_SUBSCRIBER, 'ownerId', ID_RANGE],
  ['POST', '/subscribers', VALID_SUBSCRIBER, 'packageId', ID_RANGE],
  ['PATCH', '/subscribers/:sub', {}, 'ownerId', ID_RANGE],
  ['POST', '/subscribers/:sub/package', {}, 'packageId', ID_RANGE],
  ['POST', '/subscribers/:sub/extend', {}, 'days', 'an integer from 1 to 3650'],
  ['POST', '/packages', VALID_PACKAGE, 'validityDays', 'an integer from 1 to 3650'],
  ['PATCH', '/packages/:pkg', {}, 'validityDays', 'an integer from 1 to 3650'],
  ['PUT', '/roles/:role/permissions', { permissions: [] }, 'version', ID_RANGE],
];
const HOSTILE_NUMBERS: unknown[] = [3000000000, 1e308, 1.5, -1, 0, '12abc', '7'];
const HOSTILE_QUERY_NUMBERS = ['3000000000', '1e308', '1.5', '-1', '0', '12abc', ' 7', '0x10', '', '99999999999999999999'];

describe('numbers beyond what PostgreSQL stores, or not integers, are 400 naming the field', () => {
  const rows = NUMBER_SLOTS.flatMap(([method, path, body, field, range]) =>
    (body ? HOSTILE_NUMBERS : HOSTILE_QUERY_NUMBERS).map((value) => [method, path, field, JSON.stringify(value), body, value, range] as const),
  );
  it.each(rows)('%s %s %s=%s', async (method, path, field, _shown, body, value, range) => {
    const url = body ? at(path) : `${at(path)}?${field}=${encodeURIComponent(String(value))}`;
    await expectRefused(() => admin.request(method, url, body && { ...body, [field]: value }), 400, `${field} must be ${range}`);
  });

  it('a price beyond numeric(12, 2) is 400 naming it', async () => {
    await expectRefused(
      () => admin.post('/packages', { ...VALID_PACKAGE, price: 1e308 }),
      400,
      'price must be an amount from 0 to 1000000000 with at most 2 decimals',
    );
  });
});

/** Where a string goes: [client, method, path, body it is merged into (undefined: a query parameter), field]. */
type TextSlot = ['anonymous' | 'admin', string, string, object | undefined, string];
const TEXT_SLOTS: TextSlot[] = [
  ['anonymous', 'POST', '/auth/login', { password: 'whatever-1' }, 'email'],
  ['anonymous', 'POST', '/auth/login', { email: 'admin@tiergate.test' }, 'password'],
  ['anonymous', 'POST', '/auth/refresh', {}, 'refreshToken'],
  ['admin', 'POST', '/roles', { type: 2 }, 'name'],
  ['admin', 'PATCH', '/roles/:role', {}, 'name'],
  ['admin', 'POST', '/users', VALID_USER, 'name'],
  ['admin', 'POST', '/users', VALID_USER, 'email'],
  ['admin', 'POST', '/users', VALID_USER, 'password'],
  ['admin', 'PATCH', '/users/:user', {}, 'name'],
  ['admin', 'PATCH', '/users/:user', {}, 'phone'],
  ['admin', 'POST', '/subscribers', VALID_SUBSCRIBER, 'name'],
  ['admin', 'POST', '/subscribers', VALID_SUBSCRIBER, 'address'],
  ['admin', 'PATCH', '/subscribers/:sub', {}, 'address'],
  ['admin', 'POST', '/subscribers/:sub/notes', {}, 'body'],
  ['admin', 'POST', '/packages', VALID_PACKAGE, 'name'],
  ['admin', 'PATCH', '/packages/:pkg', {}, 'description'],
  ['admin', 'POST', '/subscribers/:sub/suspend', {}, 'reason'],
  ['admin', 'GET', '/users', undefined, 'q'],
  ['admin', 'GET', '/subscribers', undefined, 'q'],
  ['admin', 'GET', '/audit', undefined, 'targetId'],
  ['admin', 'GET', '/audit', undefined, 'action'],
];
const HOSTILE_TEXT = ['a\u0000b', '\u0000', 'x\ud800@example.com', '\udfff', 'ab\udc00\ud800cd'];

describe('NUL characters and unpaired surrogates anywhere are 400 naming the field, signed in or not', () => {
  const rows = TEXT_SLOTS.flatMap(([client, method, path, body, field]) =>
    HOSTILE_TEXT.filter((value) => body || !/[\ud800-\udfff]/.test(value)).map(
      (value) => [client, method, path, field, JSON.stringify(value), body, value] as const,
    ),
  );
  it.each(rows)('%s %s %s %s=%s', async (client, method, path, field, _shown, body, value) => {
    const as = client === 'admin' ? admin : api.anonymous;
    const url = body ? at(path) : `${at(path)}?${field}=${encodeURIComponent(value)}`;
    await expectRefused(
      () => as.request(method, url, body && { ...body, [field]: value }),
      400,
      `${field} must not contain NUL characters or unpaired surrogates`,
    );
  });

  it.each([
    ['inside an array', { permissions: ['add_user', 'a\u0000'] }, 'permissions[1]'],
    ['in a property name', { ['na\u0000me']: 'x' }, 'na\uFFFDme'],
    ['deep inside an object', { grants: [], revokes: [], extra: { a: ['\ud800'] } }, 'extra.a[0]'],
  ])('%s', async (_, body, field) => {
    await expectRefused(() => admin.put(at('/roles/:role/permissions'), body), 400, `${field} must not contain`);
  });

  it('percent-encoded surrogate halves in a query do not reach the database', async () => {
    for (const q of ['%ED%A0%80', '%ED%BF%BF', '%F0%9F', '%C0%80']) {
      const res = await admin.get(`/subscribers?q=${q}`);
      expect([200, 400]).toContain(res.status);
      expect(res.body.statusCode ?? 200).toBe(res.status);
    }
  });
});

describe(`JSON nested deeper than ${MAX_JSON_DEPTH} levels is refused before anything recurses`, () => {
  const arrays = (depth: number) => `{"name":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const routes: [string, string, string][] = [
    ['anonymous', 'POST', '/auth/login'],
    ['anonymous', 'POST', '/auth/refresh'],
    ['admin', 'POST', '/roles'],
    ['admin', 'POST', '/users'],
    ['admin', 'POST', '/subscribers'],
    ['admin', 'PATCH', '/subscribers/:sub'],
    ['admin', 'POST', '/subscribers/:sub/notes'],
    ['admin', 'POST', '/subscribers/:sub/suspend'],
    ['admin', 'PUT', '/roles/:role/permissions'],
    ['admin', 'PATCH', '/packages/:pkg'],
    ['admin', 'POST', '/auth/logout'],
  ];
  const bodies: [string, string][] = [
    ['20,000 nested arrays', arrays(20_000)],
    ['3,000 nested objects', objects(3_000)],
    [`${MAX_JSON_DEPTH + 1} levels`, objects(MAX_JSON_DEPTH + 1)],
    ['brackets after a string with escaped quotes', `{"name":"a\\"[[\\"","x":${'['.repeat(40)}${']'.repeat(40)}}`],
    ['brackets after a string ending in an escaped backslash', `{"name":"a\\\\","x":${'['.repeat(40)}${']'.repeat(40)}}`],
  ];
  const rows = routes.flatMap(([client, method, path]) => bodies.map(([label, body]) => [client, method, path, label, body] as const));
  it.each(rows)('%s %s %s: %s', async (client, method, path, _label, body) => {
    const as = client === 'admin' ? admin : api.anonymous;
    await expectRefused(() => as.request(method, at(path), body), 400, `Body is nested too deeply (at most ${MAX_JSON_DEPTH} levels)`);
  });

  it(`${MAX_JSON_DEPTH} levels, and brackets inside strings, are parsed and reach validation`, async () => {
    await expectRefused(() => admin.request('POST', '/roles', objects(MAX_JSON_DEPTH)), 400, 'property a should not exist');
    await expectRefused(() => admin.request('POST', '/roles', `{"name":"${'['.repeat(5000)}","type":2}`), 400, 'name must contain letters or digits');
  });
});

describe('dates PostgreSQL or Date cannot take are 400 naming the field', () => {
  const slots: [string, string, object | undefined, string][] = [
    ['POST', '/subscribers', VALID_SUBSCRIBER, 'expiresAt'],
    ['GET', '/audit', undefined, 'from'],
    ['GET', '/audit', undefined, 'to'],
  ];
  const values: unknown[] = [
    '2024-W01-1',
    '2024-001',
    '2024-01-01T00:00:00+19:00',
    '2024-01-01T00:00:00-14:30',
    '2024-01-01T10:00:00+05:60',
    '0000-01-01',
    '10000-01-01',
    '+010000-01-01',
    '-000001-01-01',
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-01-01T24:00:00Z',
    '2024-01-01T10:00:61Z',
    '2024-01-01 10:00',
    '2024-01-01T10',
    'now',
    '2024-01-01T00:00:00.1234567Z',
    '１２３４-01-01',
  ];
  const rows = slots.flatMap(([method, path, body, field]) => values.map((value) => [method, path, field, JSON.stringify(value), body, value] as const));
  it.each(rows)('%s %s %s=%s', async (method, path, field, _shown, body, value) => {
    const url = body ? path : `${path}?${field}=${encodeURIComponent(String(value))}`;
    await expectRefused(() => admin.request(method, url, body && { ...body, [field]: value }), 400, `${field} must be an ISO 8601 date or time`);
  });

  it.each([
    '2024-02-29',
    '2000-02-29',
    '0001-01-01',
    '9999-12-31T23:59:59-12:00',
    '2024-05-01T12:00:00Z',
    '2024-05-01T12:00+14:00',
    '2024-05-01T12:00:00.123456+05:45',
  ])('%s is taken', async (value) => {
    expect((await admin.get(`/audit?from=${encodeURIComponent(value)}&to=${encodeURIComponent(value)}`)).status).toBe(200);
  });

  it('an expiry at the end of year 9999 is stored and read back', async () => {
    const res = await admin.post('/subscribers', { username: 'far.future', name: 'Far', expiresAt: '9999-12-31T23:59:59Z' });
    expect(res.status).toBe(201);
    expect(res.body.expiresAt).toBe('9999-12-31T23:59:59.000Z');
  });
});

describe('null: refused where a value is required, a clearing where the field may be empty (phone, address, description)', () => {
  const refused: [string, string, object][] = [
    ['PATCH', '/users/:user', { name: null }],
    ['PATCH', '/users/:user', { scope: null }],
    ['PATCH', '/users/:user', { status: null }],
    ['PATCH', '/packages/:pkg', { name: null }],
    ['PATCH', '/packages/:pkg', { price: null }],
    ['PATCH', '/packages/:pkg', { validityDays: null }],
    ['PATCH', '/subscribers/:sub', { name: null }],
    ['PATCH', '/subscribers/:sub', { ownerId: null }],
    ['PATCH', '/roles/:role', { name: 'Renamed', type: null }],
    ['PUT', '/roles/:role/permissions', { permissions: [], version: null }],
    ['PUT', '/roles/:role/permissions', { permissions: null }],
    ['POST', '/subscribers', { ...VALID_SUBSCRIBER, packageId: null }],
    ['POST', '/subscribers', { ...VALID_SUBSCRIBER, expiresAt: null }],
    ['POST', '/users', { ...VALID_USER, parentId: null }],
    ['POST', '/users', { ...VALID_USER, scope: null }],
    ['POST', '/subscribers/:sub/extend', { days: null }],
  ];
  it.each(refused.map(([method, path, body]) => [method, path, JSON.stringify(body), body] as const))('%s %s %s → 400', async (method, path, _shown, body) => {
    const field = Object.entries(body).find(([, v]) => v === null)![0];
    await expectRefused(() => admin.request(method, at(path), body), 400, `${field} must`);
  });

  it("null clears a subscriber's phone and address, an account's phone, a package's description", async () => {
    await admin.patch(at('/subscribers/:sub'), { address: 'Road 1' });
    const subscriber = await admin.patch(at('/subscribers/:sub'), { phone: null, address: null });
    expect(subscriber.status).toBe(200);
    expect(subscriber.body).toMatchObject({ phone: null, address: null, name: 'Hostile Target' });

    await admin.patch(at('/users/:user'), { phone: '+880 1800' });
    const user = await admin.patch(at('/users/:user'), { phone: null });
    expect(user.status).toBe(200);
    expect(user.body.phone).toBeNull();

    await admin.patch(at('/packages/:pkg'), { description: 'Fast' });
    const pkg = await admin.patch(at('/packages/:pkg'), { description: null });
    expect(pkg.status).toBe(200);
    expect(pkg.body.description).toBeNull();
  });
});
