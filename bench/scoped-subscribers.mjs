#!/usr/bin/env node
// R10 at scale: 10,000 operators and 1,000,000 subscribers, then the real API's subscriber list as a big
// reseller, a sub-reseller, a direct-scope manager and the Admin: first page, a deep keyset page, a search.
// Needs `pnpm build`. Starts its own PostgreSQL and Redis. Takes a minute or two to generate the data.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';
import { generateOperatorsAndSubscribers } from './scale-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const { createApp } = require(path.join(root, 'apps/api/dist/app.factory.js'));
const { loadApiConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
const { hashPassword } = require(path.join(root, 'apps/api/dist/auth/passwords.js'));

const pg = await startPostgres({ dir: path.join(root, '.data/bench-scale-pg'), persistent: false });
const redis = await startRedis();
const config = loadApiConfig({
  DATABASE_URL: pg.url,
  REDIS_URL: redis.url,
  JWT_SECRET: 'x'.repeat(40),
  ADMIN_EMAIL: 'admin@bench.test',
  ADMIN_PASSWORD: 'bench-password',
  LOGIN_THROTTLE_PER_MINUTE: '1000',
});
let app;
try {
  app = await createApp(config, false);
  const db = app.get(require('typeorm').DataSource);
  const hash = await hashPassword('bench-password');
  const t0 = Date.now();
  const { big, roleOf } = await generateOperatorsAndSubscribers(db, hash);
  const [{ operators }] = await db.query(`SELECT count(*)::int AS operators FROM accounts WHERE type IN (1, 3, 4, 5)`);
  const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM subscribers`);
  const [{ inBig }] = await db.query(`SELECT count(*)::int AS "inBig" FROM subscribers WHERE owner_path LIKE $1`, [`${big.path}%`]);
  console.log(`generated ${operators} operators and ${total} subscribers (${inBig} under reseller ${big.id}) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const [sub] = await db.query(`SELECT id, email FROM accounts WHERE parent_id = $1 ORDER BY id LIMIT 1`, [big.id]);
  const [{ id: managerId }] = await db.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, principal_id, path, role_id)
     VALUES (1, 6, 'manager', 'manager@bench.test', $1, $2, $2, '', $3) RETURNING id`,
    [hash, big.id, await roleOf(6)],
  );
  // A real path (its principal's, then its own id), as the API writes it: R9 reads every id on it.
  await db.query(`UPDATE accounts SET path = $2 || id || '/' WHERE id = $1`, [managerId, big.path]);
  const bigEmail = (await db.query(`SELECT email FROM accounts WHERE id = $1`, [big.id]))[0].email;
  const token = async (email) =>
    JSON.parse((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'bench-password' } })).body).accessToken;
  const callers = [
    ['Admin (all 1,000,000)', await token('admin@bench.test')],
    [`reseller ${big.id} (100,000 in its subtree)`, await token(bigEmail)],
    [`sub-reseller ${sub.id}`, await token(sub.email)],
    [`direct-scope manager ${managerId} of reseller ${big.id}`, await token('manager@bench.test')],
  ];
  const time = async (url, authorization, n = 200) => {
    for (let i = 0; i < 20; i++) await app.inject({ url, headers: { authorization: `Bearer ${authorization}` } });
    const t = process.hrtime.bigint();
    let res;
    for (let i = 0; i < n; i++) res = await app.inject({ url, headers: { authorization: `Bearer ${authorization}` } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return { ms: Number(process.hrtime.bigint() - t) / 1e6 / n, items: JSON.parse(res.body).items.length };
  };
  console.log('| caller | request | ms per request | items |\n|---|---|---|---|');
  for (const [who, tok] of callers) {
    const first = await time('/api/subscribers?limit=50', tok);
    const cursor = JSON.parse((await app.inject({ url: '/api/subscribers?limit=200', headers: { authorization: `Bearer ${tok}` } })).body).nextCursor;
    const deep = await time(`/api/subscribers?limit=50${cursor ? `&cursor=${cursor}` : ''}`, tok);
    const search = await time('/api/subscribers?limit=50&q=Name%2012345', tok, 20);
    console.log(`| ${who} | first page of 50 | ${first.ms.toFixed(2)} | ${first.items} |`);
    console.log(`| ${who} | next page (keyset) | ${deep.ms.toFixed(2)} | ${deep.items} |`);
    console.log(`| ${who} | search "Name 12345" | ${search.ms.toFixed(2)} | ${search.items} |`);
  }
  const plan = await db.query(`EXPLAIN ANALYZE SELECT * FROM subscribers s WHERE s.owner_path LIKE $1 ORDER BY s.id DESC LIMIT 51`, [`${big.path}%`]);
  console.log('\nplan of the reseller first page:\n' + plan.map((r) => r['QUERY PLAN']).join('\n'));
  const count = await db.query(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM (SELECT 1 FROM subscribers s WHERE s.owner_path LIKE $1 LIMIT 10001) matching`,
    [`${big.path}%`],
  );
  console.log('\nplan of its count (capped at 10,001):\n' + count.map((r) => r['QUERY PLAN']).join('\n'));
} finally {
  await app?.close();
  await redis.stop();
  await pg.stop();
}
