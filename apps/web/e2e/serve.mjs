// The system under test for Playwright: a fresh database, the built API on a free port, and the built SPA
// served by `vite preview` on E2E_PORT with /api proxied to that API.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort, waitForPort } from '../../../scripts/services.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl || !process.env.TEST_REDIS_URL) throw new Error('run through `pnpm test`: TEST_DATABASE_URL and TEST_REDIS_URL are needed');

const name = `e2e_${randomBytes(4).toString('hex')}`;
const client = new pg.Client({ connectionString: adminUrl });
await client.connect();
await client.query(`CREATE DATABASE ${name}`);
await client.end();
const databaseUrl = new URL(adminUrl);
databaseUrl.pathname = `/${name}`;

const apiPort = await freePort();
const children = [];
const api = spawn('node', [path.join(here, '../../api/dist/main.js')], {
  stdio: 'inherit',
  env: {
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
  },
});
children.push(api);
await waitForPort(apiPort, 30000);
const web = spawn('pnpm', ['exec', 'vite', 'preview', '--port', process.env.E2E_PORT, '--strictPort', '--host', '127.0.0.1'], {
  cwd: path.join(here, '..'),
  stdio: 'inherit',
  env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` },
});
children.push(web);
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
