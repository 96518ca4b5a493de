import { DataSource } from 'typeorm';
import { ApiClient, ADMIN_EMAIL, ADMIN_PASSWORD, createTestDatabase, startApi, testEnv, TestApi } from './support/harness';

let api: TestApi;
let db: DataSource;
let admin: ApiClient;
let roleId: number;

beforeAll(async () => {
  api = await startApi(testEnv(await createTestDatabase()));
  db = api.app.get(DataSource);
  admin = await api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
  roleId = (await admin.post('/roles', { name: 'Target', type: 3 })).body.id;
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
  ['POST', '/roles', '"just a string"', 400, ''],
  ['POST', '/roles', '[1, 2]', 400, ''],
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
  ['POST', '/roles', HUGE, 413, ''],
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
  ['GET', '/audit?limit=0', undefined, 400, 'limit must not be less than 1'],
  ['GET', '/audit?limit=1000', undefined, 400, 'limit must not be greater than 200'],
  ['GET', '/audit?cursor=abc', undefined, 400, 'cursor must be an integer'],
  ['GET', '/audit?from=yesterday', undefined, 400, 'from must be an ISO 8601 date or time'],
  ['GET', '/audit?actorId=x', undefined, 400, 'actorId must be an integer'],
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
  ['GET', '/users?page=0', undefined, 400, 'page must not be less than 1'],
  ['GET', '/users?pageSize=500', undefined, 400, 'pageSize must not be greater than 200'],
  ['GET', '/users/abc', undefined, 400, 'id must be a positive integer'],
  ['PATCH', '/users/1', { status: 'gone' }, 400, 'status must be "active" or "disabled"'],
  ['PATCH', '/users/1', { name: 42 }, 400, 'name must be a string'],
  ['PUT', '/users/1/role', {}, 400, 'roleId must be an integer'],
  ['PUT', '/users/1/permissions', { grants: 'add_user', revokes: [] }, 400, 'grants must be an array of permission keys'],
  ['PUT', '/users/1/permissions', { grants: [] }, 400, 'revokes must be an array of permission keys'],
  ['PUT', '/users/2147483647/permissions', { grants: ['beam_me_up'], revokes: [] }, 400, 'Unknown permission keys: beam_me_up'],
  ['POST', '/packages', {}, 400, 'name must be a string'],
  ['POST', '/packages', { name: 'P', price: -1, validityDays: 30 }, 400, 'price must not be less than 0'],
  ['POST', '/packages', { name: 'P', price: 1.234, validityDays: 30 }, 400, 'price must be a number with at most 2 decimals'],
  ['POST', '/packages', { name: 'P', price: '10', validityDays: 30 }, 400, 'price must be a number with at most 2 decimals'],
  ['POST', '/packages', { name: 'P', price: 10, validityDays: 0 }, 400, 'validityDays must not be less than 1'],
  ['PATCH', '/packages/1', { validityDays: 1.5 }, 400, 'validityDays must be an integer'],
  ['PATCH', '/packages/2147483647', { price: 1 }, 404, 'Package 2147483647 not found'],
  ['POST', '/subscribers', {}, 400, 'username must be a string'],
  ['POST', '/subscribers', { username: 'a b', name: 'N' }, 400, 'username must be 3-64 letters'],
  ['POST', '/subscribers', { username: 'abc', name: 'N', expiresAt: 'soon' }, 400, 'expiresAt must be an ISO 8601 date or time'],
  ['POST', '/subscribers', { username: 'abc', name: 'N', ownerId: -5 }, 400, 'ownerId must not be less than 1'],
  ['POST', '/subscribers', { username: 'abc', name: 'N', packageId: 2147483647 }, 404, 'Package 2147483647 not found'],
  ['POST', '/subscribers', { username: 'abc', name: 'N', ownerId: 2147483647 }, 404, 'Operator 2147483647 not found'],
  ['GET', '/subscribers?limit=201', undefined, 400, 'limit must not be greater than 200'],
  ['GET', '/subscribers?status=gone', undefined, 400, 'status must be active, suspended or expired'],
  ['GET', '/subscribers?ownerId=abc', undefined, 400, 'ownerId must be an integer'],
  ['GET', '/subscribers?q=' + 'q'.repeat(101), undefined, 400, 'q must be shorter than or equal to 100 characters'],
  ['PATCH', '/subscribers/1', { status: 'active' }, 400, 'property status should not exist'],
  ['POST', '/subscribers/1/extend', { days: 0 }, 400, 'days must not be less than 1'],
  ['POST', '/subscribers/1/extend', { days: 'ten' }, 400, 'days must be an integer'],
  ['POST', '/subscribers/1/package', {}, 400, 'packageId must be an integer'],
  ['POST', '/subscribers/1/notes', { body: '   ' }, 400, 'body must not be empty'],
  ['POST', '/subscribers/1/notes', { body: LONG }, 400, 'body must be shorter than or equal to 2000 characters'],
  ['GET', '/subscribers/2147483647/activity', undefined, 404, 'Subscriber 2147483647 not found'],
];

async function counts() {
  const [row] = await db.query(`SELECT (SELECT count(*) FROM roles)::int AS roles, (SELECT count(*) FROM role_permissions)::int AS perms,
    (SELECT count(*) FROM audit_log WHERE action NOT LIKE 'auth.%')::int AS audit, (SELECT max(version) FROM roles)::int AS version,
    (SELECT count(*) FROM accounts)::int AS accounts, (SELECT count(*) FROM account_permissions)::int AS grants,
    (SELECT count(*) FROM packages)::int AS packages, (SELECT count(*) FROM subscribers)::int AS subscribers,
    (SELECT count(*) FROM subscriber_notes)::int AS notes`);
  return row;
}

it.each(CASES)('%s %s %j → %i', async (method, path, body, status, message) => {
  const before = await counts();
  const res = await admin.request(method, path.replace(':id', String(roleId)), body);
  expect(res.status).toBe(status);
  const text = Array.isArray(res.body?.message) ? res.body.message.join('; ') : String(res.body?.message ?? '');
  expect(text).toContain(message);
  expect(await counts()).toEqual(before);
});
