#!/usr/bin/env node
// Measures the authorization path: token verification alone, then whole authorized requests
// (Fastify inject into the built API, no socket) with the authz cache warm. Needs `pnpm build`.
// Starts its own PostgreSQL and Redis. Results go to docs/performance.md by hand.
import { createRequire } from 'node:module';
import { createSecretKey, randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
const jwt = require('jsonwebtoken');

function timeIt(label, n, fn) {
  for (let i = 0; i < Math.min(n, 2000); i++) fn();
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const us = Number(process.hrtime.bigint() - t) / 1000 / n;
  console.log(`${label}: ${us.toFixed(1)} µs`);
}
async function timeAsync(label, n, fn) {
  for (let i = 0; i < 200; i++) await fn();
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  const us = Number(process.hrtime.bigint() - t) / 1000 / n;
  console.log(`${label}: ${us.toFixed(1)} µs per request`);
}

const secret = randomBytes(32).toString('hex');
const key = createSecretKey(Buffer.from(secret));
const token = jwt.sign({ sid: 'x' }, secret, { algorithm: 'HS256', subject: '1', issuer: 'tiergate', expiresIn: 900 });
timeIt('jsonwebtoken verify, string secret', 5000, () => jwt.verify(token, secret, { algorithms: ['HS256'] }));
timeIt('jsonwebtoken verify, KeyObject', 5000, () => jwt.verify(token, key, { algorithms: ['HS256'] }));

const pg = await startPostgres({ dir: path.join(root, '.data/bench-pg'), persistent: false });
const redis = await startRedis();
try {
  require('reflect-metadata');
  const { createApp } = require(path.join(root, 'apps/api/dist/app.factory.js'));
  const { loadApiConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
  const app = await createApp(
    loadApiConfig({ DATABASE_URL: pg.url, REDIS_URL: redis.url, JWT_SECRET: secret, ADMIN_EMAIL: 'a@b.cd', ADMIN_PASSWORD: 'bench-password' }),
    false,
  );
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.cd', password: 'bench-password' } });
  const headers = { authorization: `Bearer ${JSON.parse(login.body).accessToken}` };
  await timeAsync('GET /api/health (public, 2 pings)', 2000, () => app.inject({ url: '/api/health' }));
  await timeAsync('GET /api/permissions (authenticated, no database)', 5000, () => app.inject({ url: '/api/permissions', headers }));
  await timeAsync('GET /api/roles (role_module, one query)', 3000, () => app.inject({ url: '/api/roles', headers }));
  await app.close();
} finally {
  await redis.stop();
  await pg.stop();
}
