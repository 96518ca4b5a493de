#!/usr/bin/env node
// `npm start` and `npm test` on a bare machine: the machine's own Node (20 will do) and npm are enough. Before
// handing over to scripts/start.mjs or scripts/test.mjs it makes sure of what they need, each step skipped when
// already done:
//   - a Node.js the dependencies accept (package.json "engines"); an older one is replaced, for this run only, by
//     the official build that the npm registry serves as `node-<platform>-<arch>`, kept in ~/.cache/tiergate;
//   - pnpm 12, kept there too when the machine has none;
//   - redis-server (and, for the tests, chromium) from Debian's packages when running as root, else a line that
//     says what to install;
//   - the dependencies (`pnpm install --frozen-lockfile`), only when the lockfile or a package.json changed.
// A failure is one line naming the cause and what to do, never a stack trace. Dependency-free on purpose: it
// runs before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);
const scripts = { start: ['scripts/start.mjs'], test: ['scripts/test.mjs', '--build'] };
const NODE_VERSION = '22.23.3';
const PNPM_VERSION = '12.21.0';
// Into a folder of its own; an unreachable registry is given up on within about half a minute, not minutes.
const NPM_INSTALL = [
  'install',
  '--no-save',
  '--no-package-lock',
  '--no-audit',
  '--no-fund',
  '--fetch-retry-mintimeout=2000',
  '--fetch-retry-maxtimeout=10000',
  '--prefix',
];
const cache = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'tiergate');

function fail(line) {
  console.error(`Tiergate: ${line}`);
  process.exit(1);
}

/** Runs a command to its end, its output shown only when it fails (then its last lines, and the exit). */
function quietly(what, cmd, cmdArgs, env = process.env) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status === 0) return;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  const known = knownCause(output);
  // A cause we recognise is said in one line (with npm's log, if it wrote one); anything else shows its last lines.
  if (!known && output) console.error(output.split('\n').slice(-12).join('\n'));
  const log = /complete log of this run can be found in:\s*(\S+)/.exec(output)?.[1];
  fail(
    `${what} failed: ${known ?? `${result.error?.message ?? `exit code ${result.status}`}; the lines above say why. Run the command again once it is fixed.`}${log ? ` (npm's log: ${log})` : ''}`,
  );
}

function knownCause(output) {
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|ERR_PNPM_META_FETCH_FAIL|ERR_SOCKET_TIMEOUT/.test(output)) {
    return "the npm registry could not be reached. Check the network (or npm's proxy and registry settings), then run the command again.";
  }
  if (/ENOSPC/.test(output)) return 'the disk is full. Free some space, then run the command again.';
  if (/EACCES|EPERM/.test(output))
    return `permission denied (${/(?:EACCES|EPERM)[^\n]*/.exec(output)[0].trim()}). Run it as a user who may write there, then run the command again.`;
  return null;
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return (major === 22 && minor >= 22) || (major === 24 && minor >= 11) || major > 24;
}

/** PATH and variables under which a recent enough `node` comes first. */
function recentNode(env) {
  if (nodeIsRecentEnough(process.version)) return env;
  const pkg = `node-${process.platform}-${process.arch}`;
  const dir = path.join(cache, `node-${NODE_VERSION}`);
  const home = path.join(dir, 'node_modules', pkg);
  if (!existsSync(path.join(home, 'bin', 'node'))) {
    console.log(
      `Node.js ${process.version} is older than the dependencies accept (^22.22 or 24.11+): fetching Node.js ${NODE_VERSION} from the npm registry into ${dir} (once).`,
    );
    quietly(`Fetching Node.js ${NODE_VERSION} (npm package ${pkg})`, 'npm', [...NPM_INSTALL, dir, `${pkg}@${NODE_VERSION}`]);
  }
  // node-gyp, should a dependency ever build, takes the headers of the Node it runs under, not the machine's.
  return { ...env, PATH: `${path.join(home, 'bin')}${path.delimiter}${env.PATH}`, npm_config_nodedir: home };
}

function found(cmd, env) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { env }).status === 0;
}

/** PATH under which `pnpm` is pnpm 12: the machine's, or one kept in the cache. */
function pnpm12(env) {
  const version = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8' });
  if (version.status === 0 && version.stdout.trim().startsWith('12.')) return env;
  const dir = path.join(cache, `pnpm-${PNPM_VERSION}`);
  const bin = path.join(dir, 'node_modules', '.bin');
  if (!existsSync(path.join(bin, 'pnpm'))) {
    console.log(`pnpm 12 was not found: fetching pnpm ${PNPM_VERSION} from the npm registry into ${dir} (once).`);
    quietly(`Fetching pnpm ${PNPM_VERSION}`, 'npm', [...NPM_INSTALL, dir, `pnpm@${PNPM_VERSION}`], env);
  }
  return { ...env, PATH: `${bin}${path.delimiter}${env.PATH}` };
}

/** redis-server and chromium: installed from Debian's packages as root, else named with the line that installs them. */
function systemPackages(env) {
  const missing = [];
  if (!env.REDIS_URL && !env.TEST_REDIS_URL && !found('redis-server', env)) missing.push('redis-server');
  if (command === 'test' && !env.CHROMIUM_PATH && !found('chromium', env)) missing.push('chromium');
  if (!missing.length) return;
  const line = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !found('apt-get', env)) {
    fail(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: install ${missing.length > 1 ? 'them' : 'it'} (Debian/Ubuntu: sudo ${line})${missing.includes('redis-server') ? ', or set REDIS_URL to a running Redis' : ''}, then run the command again.`,
    );
  }
  console.log(`Installing ${missing.join(' and ')} from Debian's packages (${line}).`);
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { env: aptEnv, stdio: 'ignore' });
  quietly(`Installing ${missing.join(' and ')}`, 'apt-get', ['install', '-y', '-qq', ...missing], aptEnv);
}

/** `pnpm install --frozen-lockfile` when the lockfile or a manifest changed since the last install here. */
function dependencies(env) {
  const manifests = [
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'package.json',
    ...['apps/api', 'apps/worker', 'apps/web', 'libs/access', 'libs/db'].map((p) => `${p}/package.json`),
  ];
  const hash = createHash('sha256');
  for (const file of manifests) hash.update(file).update(readFileSync(path.join(root, file)));
  hash.update(process.versions.modules); // a Node of another ABI gets its own install
  const digest = hash.digest('hex');
  const stamp = path.join(root, 'node_modules', '.tiergate-install');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  console.log('Installing the dependencies (pnpm install --frozen-lockfile)…');
  const started = Date.now();
  quietly('pnpm install --frozen-lockfile', 'pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], env);
  writeFileSync(stamp, digest);
  console.log(`Dependencies installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

if (!scripts[command]) fail('usage: node scripts/bootstrap.mjs start|test [arguments for scripts/start.mjs or scripts/test.mjs]');
let env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
// pnpm 12 reads its settings from pnpm_config_* only; a store chosen the npm way is honoured too.
if (env.npm_config_store_dir && !env.pnpm_config_store_dir) env.pnpm_config_store_dir = env.npm_config_store_dir;
if (!found('npm', env)) fail('npm was not found: it comes with Node.js (Debian: apt-get install -y npm), then run the command again.');
env = recentNode(env);
env = pnpm12(env);
systemPackages(env);
dependencies(env);

// Node itself runs the part (not pnpm, which swallows signals sent to it); this process only passes them on.
const child = spawn('node', [...scripts[command], ...args], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (e) => fail(`could not run node: ${e.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
