#!/usr/bin/env node
// Measures how long a permission change takes to take effect everywhere (R9, issue 7 item 12a): two API
// instances on one PostgreSQL and one Redis; an Admin toggles a staff account's status on instance one
// (PATCH /users/:id, which waits until every live API instance dropped its cache), then the same with a
// listener on the change channel that is not an API instance (what `redis-cli SUBSCRIBE` does).
// Needs `pnpm build`. Starts its own PostgreSQL and Redis. Results go to docs/performance.md by hand.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
const Redis = require('ioredis').default ?? require('ioredis');
const CHANGES = Number(process.env.CHANGES ?? 200);

const pg = await startPostgres({ dir: path.join(root, '.data/bench-authz-pg'), persistent: false });
const redis = await startRedis();
const apps = [];
const foreign = new Redis(redis.url);
try {
  require('reflect-metadata');
  const { createApp } = require(path.join(root, 'apps/api/dist/app.factory.js'));
  const { loadApiConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
  const config = loadApiConfig({
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'a@b.cd',
    ADMIN_PASSWORD: 'bench-password',
  });
  for (let i = 0; i < 2; i++) apps.push(await createApp(config, false));
  const [one, two] = apps;

  const call = async (app, method, url, payload, token) => {
    const res = await app.inject({ method, url: `/api${url}`, payload, headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.body ? JSON.parse(res.body) : undefined;
  };
  const { accessToken: admin } = await call(one, 'POST', '/auth/login', { email: 'a@b.cd', password: 'bench-password' });
  const role = await call(one, 'POST', '/roles', { name: 'Bench Desk', type: 2 }, admin);
  const staff = await call(one, 'POST', '/users', { name: 'Bench Staff', email: 'staff@b.cd', password: 'bench-password', type: 2, roleId: role.id }, admin);
  const { accessToken: staffToken } = await call(two, 'POST', '/auth/login', { email: 'staff@b.cd', password: 'bench-password' });

  async function measure(label) {
    const times = [];
    for (let i = 0; i < CHANGES + 20; i++) {
      const t = process.hrtime.bigint();
      await call(one, 'PATCH', `/users/${staff.id}`, { status: i % 2 ? 'active' : 'disabled' }, admin);
      if (i >= 20) times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    await call(one, 'PATCH', `/users/${staff.id}`, { status: 'active' }, admin);
    await call(two, 'GET', '/me', undefined, staffToken); // the change reached instance two
    times.sort((a, b) => a - b);
    const mean = times.reduce((s, x) => s + x, 0) / times.length;
    const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    console.log(`${label}: mean ${mean.toFixed(1)} ms, p50 ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms (${times.length} changes)`);
  }

  await measure('status change, 2 API instances');
  await foreign.subscribe('tiergate:authz-changed');
  await measure('status change, 2 API instances + a foreign subscriber on the change channel');
} finally {
  foreign.disconnect();
  for (const app of apps) await app.close();
  await redis.stop();
  await pg.stop();
}
