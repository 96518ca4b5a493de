#!/usr/bin/env node
// Measures what recording permission uses (R15's access review) costs: UsageRecorder.record alone, whole
// authorized requests with recording and with it switched off (interleaved chunks in the same run, against
// GET /api/permissions as the anchor, a route whose rule records nothing), and one flush of many uses.
// Needs `pnpm build`. Starts its own PostgreSQL and Redis. Results go to docs/performance.md by hand.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
const CHUNKS = Number(process.env.CHUNKS ?? 60);
const CHUNK = Number(process.env.CHUNK ?? 200);
const FLUSH_ACCOUNTS = Number(process.env.FLUSH_ACCOUNTS ?? 2000);
const KEYS_PER_ACCOUNT = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeIt(n, fn) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  return Number(process.hrtime.bigint() - t) / 1000 / n;
}
async function timeAsync(n, fn) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  return Number(process.hrtime.bigint() - t) / 1000 / n;
}

const pg = await startPostgres({ dir: path.join(root, '.data/bench-usage-pg'), persistent: false });
const redis = await startRedis();
try {
  require('reflect-metadata');
  const { createApp } = require(path.join(root, 'apps/api/dist/app.factory.js'));
  const { loadApiConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
  const { UsageRecorder } = require(path.join(root, 'apps/api/dist/access/usage-recorder.js'));
  const { DataSource } = require('typeorm');
  const app = await createApp(
    loadApiConfig({
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: 'a@b.cd',
      ADMIN_PASSWORD: 'bench-password',
    }),
    false,
  );
  const recorder = app.get(UsageRecorder);
  const db = app.get(DataSource);
  const record = recorder.record.bind(recorder);

  // 1. record() alone: a pair already noted this hour (every request after the first), and new pairs.
  const caller = { id: 1, roleId: 1 };
  record(caller, ['role_module']);
  const noted = timeIt(1_000_000, () => record(caller, ['role_module']));
  const fresh = timeIt(40_000, (i) => record({ id: 100_000 + i, roleId: 1 }, ['role_module']));
  console.log(`record(), pair already noted: ${(noted * 1000).toFixed(0)} ns; a new pair: ${(fresh * 1000).toFixed(0)} ns`);
  await recorder.flush(); // those accounts do not exist: the statement skips them

  // 2. Whole requests, recording on and off, interleaved so that both see the same machine.
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.cd', password: 'bench-password' } });
  const headers = { authorization: `Bearer ${JSON.parse(login.body).accessToken}` };
  const roles = () => app.inject({ url: '/api/roles', headers });
  const anchor = () => app.inject({ url: '/api/permissions', headers });
  await timeAsync(500, roles);
  await timeAsync(500, anchor);
  // Short chunks in a fresh random order each time, so that a burst of load from elsewhere hits all alike and no run
  // always follows the same one (the anchor's 20 KB answers leave garbage that slows whatever comes next);
  // `control` repeats `on` to show how far two identical runs differ on this machine.
  const results = { anchor: [], on: [], off: [], control: [] };
  const runs = {
    anchor: () => timeAsync(CHUNK, anchor),
    on: () => (delete recorder.record, timeAsync(CHUNK, roles)),
    off: () => ((recorder.record = () => undefined), timeAsync(CHUNK, roles)),
    control: () => (delete recorder.record, timeAsync(CHUNK, roles)),
  };
  const names = Object.keys(runs);
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const order = names.map((name) => [Math.random(), name]).sort(([x], [y]) => x - y);
    for (const [, name] of order) results[name].push(await runs[name]());
  }
  delete recorder.record; // the class's own method again
  const [a, on, off, control] = [median(results.anchor), median(results.on), median(results.off), median(results.control)];
  console.log(`GET /api/permissions (anchor, records nothing): ${a.toFixed(1)} µs per request`);
  console.log(`GET /api/roles, recording on: ${on.toFixed(1)} µs (${(on / a).toFixed(2)}× anchor)`);
  console.log(`GET /api/roles, recording off: ${off.toFixed(1)} µs (${(off / a).toFixed(2)}× anchor)`);
  console.log(`GET /api/roles, recording on again (control): ${control.toFixed(1)} µs (${(control / a).toFixed(2)}× anchor)`);
  console.log(
    `on − off: ${(on - off).toFixed(1)} µs, control − on: ${(control - on).toFixed(1)} µs per request (medians of ${CHUNKS} chunks of ${CHUNK} requests each)`,
  );

  // 3. One flush of FLUSH_ACCOUNTS × 5 new uses (the worst hour: every pair new), then the same again as updates.
  const [{ role_id: roleId }] = await db.query(`SELECT role_id FROM accounts WHERE id = 1`);
  const ids = (
    await db.query(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, principal_id, path, role_id)
       SELECT 1, 2, 'bench ' || g, 'bench' || g || '@b.cd', 'x', 1, 1, '/1/', $1 FROM generate_series(1, $2) g RETURNING id`,
      [roleId, FLUSH_ACCOUNTS],
    )
  ).map((r) => r.id);
  const keys = ['subscriber_module', 'add_subscriber', 'edit_subscriber', 'user_module', 'role_module'];
  for (const kind of ['inserts', 'updates']) {
    recorder.hour = 0; // a new hour: every pair is noted again
    for (const id of ids) record({ id, roleId }, keys.slice(0, KEYS_PER_ACCOUNT));
    const t = process.hrtime.bigint();
    await recorder.flush();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    console.log(`flush of ${ids.length * KEYS_PER_ACCOUNT} uses (${kind}): ${ms.toFixed(1)} ms, one statement`);
  }
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM permission_usage`);
  console.log(`rows: ${count}`);
  await app.close();
} finally {
  await redis.stop();
  await pg.stop();
}
