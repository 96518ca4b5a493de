// The API as production runs it: `node dist/main.js`, which loads the build's bundle (bundle.mjs). The other specs
// run the sources; this one proves the bundle is the same application: it answers, serves the committed OpenAPI
// document, validates the DTOs built from others (class-transformer's metadata must exist once) and serves the
// Swagger UI's files from their package.
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OPENAPI_SNAPSHOT, stableJson } from '../src/openapi/document';
import { ADMIN_EMAIL, ADMIN_PASSWORD, createTestDatabase, testEnv } from './support/harness';
import { RedisServer, waitFor } from './support/redis-server';

const DIST = path.resolve(__dirname, '../dist');

let api: ChildProcess;
let base: string;
let output = '';

beforeAll(async () => {
  const port = await RedisServer.freePort();
  base = `http://127.0.0.1:${port}/api`;
  api = spawn(process.execPath, [path.join(DIST, 'main.js')], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...testEnv(await createTestDatabase()) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout!.on('data', (chunk) => (output += chunk));
  api.stderr!.on('data', (chunk) => (output += chunk));
  const health = await waitFor(
    () =>
      fetch(`${base}/health`).then(
        (r) => r.status,
        () => 0,
      ),
    (status) => status === 200 || api.exitCode !== null,
    60_000,
  );
  if (health !== 200) throw new Error(`the built API did not answer (exit code ${api.exitCode}):\n${output}`);
});

afterAll(async () => {
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  await exited;
});

it('runs from the bundle, and serves the committed OpenAPI document', async () => {
  expect(existsSync(path.join(DIST, 'server.bundle.js'))).toBe(true);
  const served = await (await fetch(`${base}/docs-json`)).json();
  expect(stableJson(served)).toBe(readFileSync(OPENAPI_SNAPSHOT, 'utf8'));
});

it('validates query DTOs made from others (GET /tickets?limit=…), and refuses bad ones in the contract’s shape', async () => {
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  const headers = { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const tickets = await fetch(`${base}/tickets?limit=5&status=open`, { headers });
  expect([tickets.status, ((await tickets.json()) as { items: unknown[] }).items]).toEqual([200, []]);
  const refused = await fetch(`${base}/tickets?limit=500`, { headers });
  expect([refused.status, ((await refused.json()) as { code: string }).code]).toEqual([400, 'VALIDATION_FAILED']);
  expect((await fetch(`${base}/subscribers?limit=5&status=active`, { headers })).status).toBe(200);
});

it('serves the Swagger UI’s files', async () => {
  const css = await fetch(`${base}/docs/swagger-ui.css`);
  expect([css.status, css.headers.get('content-type')]).toEqual([200, expect.stringContaining('text/css')]);
});
