// The system under test for Playwright: a fresh database, the built API and worker, and the built SPA served by
// `vite preview` on E2E_PORT with /api proxied to that API. Predefined permissions are due after an hour (R8): a
// spec that wants them brings the role's due time forward in the database, and the worker's sweep, which runs
// often, applies them; so a spec can watch a new role wait for them on any machine. Sign-in throttling is the
// API's default: every spec signs in from 127.0.0.1, like an office behind one address, and only failures count.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, waitForPort } from '../../../scripts/services.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl || !process.env.TEST_REDIS_URL) throw new Error('run through `pnpm test`: TEST_DATABASE_URL and TEST_REDIS_URL are needed');

const name = process.env.E2E_DATABASE;
if (!/^e2e_[0-9a-f]+$/.test(name ?? '')) throw new Error('E2E_DATABASE (set by playwright.config.ts) is missing or malformed');
const admin = async (sql) => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
await admin(`CREATE DATABASE ${name}`);
const databaseUrl = new URL(adminUrl);
databaseUrl.pathname = `/${name}`;

const apiPort = await freePort();
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl.toString(),
  REDIS_URL: process.env.TEST_REDIS_URL,
  JWT_SECRET: randomBytes(32).toString('hex'),
  ADMIN_EMAIL: 'admin@tiergate.test',
  ADMIN_PASSWORD: 'admin-password-1',
  QUEUE_PREFIX: name,
  HOST: '127.0.0.1',
  PORT: String(apiPort),
  // The panel's proxy below, on this machine, is the only one whose X-Forwarded-For is believed.
  TRUST_PROXY: '127.0.0.1',
  PREDEFINED_PERMISSIONS_DELAY_MS: String(60 * 60 * 1000),
  SWEEP_INTERVAL_MS: '500',
};
const children = [];
const api = spawn('node', [path.join(here, '../../api/dist/main.js')], { stdio: 'inherit', env });
children.push(api);
await waitForPort(apiPort, 30000);
// The worker applies predefined permissions (R8); its migrations are the API's, already run.
const worker = spawn('node', [path.join(here, '../../worker/dist/main.js')], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env });
children.push(worker);
await new Promise((resolve) => {
  const timer = setTimeout(resolve, 30000);
  worker.on('message', (m) => m === 'ready' && (clearTimeout(timer), resolve()));
  worker.once('exit', () => (clearTimeout(timer), resolve()));
});
const web = spawn(
  'node',
  [path.join(here, '../node_modules/vite/bin/vite.js'), 'preview', '--port', process.env.E2E_PORT, '--strictPort', '--host', '127.0.0.1'],
  {
    cwd: path.join(here, '..'),
    stdio: 'inherit',
    env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` },
  },
);
children.push(web);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', resolve);
          c.kill('SIGTERM');
          setTimeout(() => (c.kill('SIGKILL'), resolve()), 5000).unref();
        }),
    ),
  );
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
for (const c of [api, worker]) c.once('exit', (code) => !stopping && (console.error(`e2e: ${c === api ? 'the API' : 'the worker'} exited (${code})`), stop()));
