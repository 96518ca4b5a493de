// The harness every benchmark of bench/ is written against (`pnpm bench`, bench/run.mjs; the interface is in
// bench/README.md). One run has one throwaway PostgreSQL and Redis; the API and the anchors run as child processes
// started exactly as in production, so that a figure includes what a deployment pays (socket, JSON, log lines).
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../scripts/services.mjs';
import { generateOperatorsAndSubscribers } from './scale-data.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The API's own dependencies (typeorm, bullmq, @tiergate/*), as its built code resolves them. */
export const apiRequire = createRequire(path.join(root, 'apps/api/package.json'));
const benchRequire = createRequire(import.meta.url);
const autocannon = benchRequire('autocannon');
const jwt = benchRequire('jsonwebtoken');
const { Pool } = benchRequire('pg');

export const ADMIN = { email: 'admin@bench.test', password: 'bench-password' };
/** Every account the benchmarks create signs in with this password (the scale data set's operators too). */
export const PASSWORD = ADMIN.password;
const TEMPLATE_DB = 'bench_template';
const LOGS = path.join(root, '.data/bench/logs');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
/** The q-quantile (0..1) of numbers sorted ascending: the nearest rank. */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
const percentiles = (values) => {
  const sorted = Float64Array.from(values).sort();
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99), n: sorted.length };
};
const databaseUrl = (serverUrl, name) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};
/** Where micro-benchmarks keep each result, so that the compiler cannot drop the call. */
export let sink;
const log = (line) => process.stderr.write(`  ${line}\n`);

/** The resident set of a process, in bytes (VmRSS of /proc/<pid>/status). */
export function rssOf(pid) {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

/**
 * A child process of the run (node directly: pnpm would swallow the signals), in its own process group, so that
 * Ctrl-C reaches only bench/run.mjs, which stops the children before the services they use. Output goes to
 * .data/bench/logs/<name>.log: a file, as a deployment's log collector would take it, and read when it fails.
 */
function startChild(children, name, script, env, { ipc = false, cwd = root } = {}) {
  mkdirSync(LOGS, { recursive: true });
  const logFile = path.join(LOGS, `${name}.log`);
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...env },
    detached: true,
    stdio: ['ignore', out, out, ...(ipc ? ['ipc'] : [])],
  });
  closeSync(out);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    children.delete(stop);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 8000);
    await exited;
    clearTimeout(killer);
  };
  children.add(stop);
  const tail = () => readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-20).join('\n');
  return { child, stop, exited, logFile, tail };
}

/** Resolves with the ms from `started` (nowMs()) to the first 200 of `url`; fails when the child exits first or after 120 s. */
async function firstOk(url, headers, started, { child, tail, logFile }, name) {
  const deadline = started + 120_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${child.signalCode ?? child.exitCode}) before answering; ${logFile}:\n${tail()}`);
    }
    const ok = await fetch(url, { headers, signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return nowMs() - started;
    if (nowMs() > deadline) throw new Error(`${name} did not answer 200 on ${url} within 120 s; ${logFile}:\n${tail()}`);
    await sleep(20);
  }
}
const nowMs = () => Number(process.hrtime.bigint() / 1_000_000n);

/**
 * Connections for h.request(): kept alive, and at most 50 at a time to one server, so that a burst of requests waits
 * at the client instead of overflowing the server's listen queue (the kernel then resets connections).
 */
const sharedAgent = new http.Agent({ keepAlive: true, maxSockets: 50 });

/** One HTTP request (JSON body if not a string; `agent`: connections of its own) → {status, headers, body, json()}. */
export function request(url, { method = 'GET', headers = {}, body, agent = sharedAgent } = {}) {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: { ...(payload !== undefined && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode, headers: res.headers, body: text, json: () => JSON.parse(text) });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * A database for a built service that records what it is asked (`asked`: {text, params} in order) and answers from
 * `sql` (a pg Pool), as TypeORM's `query` answers: the rows.
 */
export function recordingDb(sql) {
  const asked = [];
  return { asked, db: { query: async (text, params) => (asked.push({ text, params }), (await sql.query(text, params)).rows) } };
}

/**
 * What a keyset page asks of the database (apps/api common/keyset/keyset-page.ts; `asked`: the statements captured
 * from a service, in order): what was asked before the page (a search's scope size), the page with its total left
 * out, and how the total is found on its own (the running totals' expression or the capped count it carried, or the
 * count asked after it; null when a first page holds every match and nothing is counted), each with exactly the
 * parameters it uses.
 */
export function keysetParts(asked) {
  // A search of subscribers first asks how many are in scope (SubscribersService.searchedText).
  const at = asked.findIndex((q) => q.text.includes(' AS keyset_id, '));
  if (at < 0) throw new Error(`no keyset page's statement among: ${asked.map((q) => q.text.slice(0, 80)).join(' | ')}`);
  const [{ text, params }, after] = asked.slice(at);
  const [start, end] = [text.indexOf(' AS keyset_id, ') + ' AS keyset_id, '.length, text.indexOf(' AS keyset_total')];
  // A part's own parameters, renumbered from $1 (the running totals' come after the page's).
  const own = (part, from = params) => {
    const numbers = [...part.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
    const [low, high] = numbers.length ? [Math.min(...numbers), Math.max(...numbers)] : [1, 0];
    return { text: part.replace(/\$(\d+)/g, (_, n) => `$${n - low + 1}`), params: from.slice(low - 1, high) };
  };
  const total = text.slice(start, end);
  return {
    before: asked.slice(0, at),
    list: own(`${text.slice(0, start)}NULL${text.slice(end)}`),
    count: total !== 'NULL::int' ? own(`SELECT ${total} AS total`) : after ? own(after.text, after.params) : null,
  };
}

/**
 * `count` resellers under the Admin, named `<prefix>N@bench.test`, on one role of three keys, each with a session as a
 * sign-in writes it; `query(text, params)` answers rows. Answers the sessions: {id, account_id}.
 */
export async function resellersWithSessions(query, { prefix, count, passwordHash = 'unused' }) {
  const role = `branch-${prefix}`;
  await query(`INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status) VALUES (1, $1, $2, 3, 1, 'skipped')`, [role, prefix]);
  await query(`INSERT INTO role_permissions SELECT id, k FROM roles, unnest(ARRAY['subscriber_module','subscriber_profile','user_module']) k WHERE name = $1`, [
    role,
  ]);
  await query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id)
     SELECT 1, 3, 'Reseller ' || g, $1::text || g || '@bench.test', $2, 1, '', (SELECT id FROM roles WHERE name = $3)
       FROM generate_series(1, $4) g`,
    [prefix, passwordHash, role, count],
  );
  await query(`UPDATE accounts a SET path = '/1/' || a.id || '/', principal_id = a.id WHERE a.path = ''`, []);
  return query(
    `INSERT INTO sessions (id, account_id, refresh_hash, expires_at)
     SELECT gen_random_uuid(), id, 'unused', now() + interval '1 day' FROM accounts WHERE email LIKE $1::text || '%@bench.test'
     RETURNING id, account_id`,
    [prefix],
  );
}

/** A markdown table: `columns` are the header cells, `rows` arrays of cells (numbers as given). */
export function markdownTable(columns, rows) {
  const cell = (v) =>
    String(v ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ');
  return [`| ${columns.map(cell).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/**
 * The harness of one run. `pg` and `redis` are the services bench/run.mjs started ({url}). Each module gets the
 * same harness; `begin(module)` opens its section and `end()` stops whatever it left running.
 */
export function createHarness({ pg, redis }) {
  const sql = new Pool({ connectionString: pg.url, max: 4 });
  /** How to stop each process and in-process app still running, in the order they were started. */
  const children = new Set();
  const pools = new Set();
  const report = { modules: [], checks: [] };
  let current = null;
  let template = null;
  let scale = null;
  let apis = 0;
  const secret = randomBytes(32).toString('hex');

  const emit = (markdown) => {
    if (!current) throw new Error('report output outside a module');
    current.blocks.push(markdown);
  };

  async function ensureTemplate() {
    template ??= (async () => {
      await sql.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
      await sql.query(`CREATE DATABASE ${TEMPLATE_DB}`);
      // As the API migrates at start (apps/api/src/database): the migrations, then the root Admin.
      apiRequire('reflect-metadata');
      const { createDataSource, migrate } = apiRequire('@tiergate/db');
      const { ensureRootAdmin } = apiRequire(path.join(root, 'apps/api/dist/setup/root-admin.js'));
      const { loadApiConfig } = apiRequire(path.join(root, 'apps/api/dist/config/config.js'));
      const config = loadApiConfig(apiEnv(databaseUrl(pg.url, TEMPLATE_DB)));
      const db = await createDataSource(config.DATABASE_URL).initialize();
      try {
        await migrate(db, (m) => ensureRootAdmin(m, config));
      } finally {
        await db.destroy();
      }
    })();
    return template;
  }

  /** The API's environment as production sets it; the run's services, a free port, this run's secret. */
  function apiEnv(url, env = {}) {
    return {
      DATABASE_URL: url,
      REDIS_URL: redis.url,
      JWT_SECRET: secret,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      HOST: '127.0.0.1',
      ...env,
    };
  }

  /** A pg Pool whose query() answers {rows}, and which the run closes at its end. */
  function pool(url, max = 4) {
    const p = new Pool({ connectionString: url, max });
    pools.add(p);
    return p;
  }

  async function database(name, { seed } = {}) {
    await ensureTemplate();
    const db = `b_${String(name)
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')}`;
    await sql.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await sql.query(`CREATE DATABASE ${db} TEMPLATE ${TEMPLATE_DB}`);
    const url = databaseUrl(pg.url, db);
    const dbSql = pool(url);
    if (seed) await seed(dbSql);
    return { url, sql: dbSql };
  }

  /**
   * Runs autocannon against one URL; latencies from every response (ms, fractional), not autocannon's whole-ms histogram.
   * `setupClient(client)` is called once per connection (e.g. `client.setHeaders(…)`: each connection its own account).
   */
  function load({ url, headers = {}, method = 'GET', body, connections = 10, duration = 2, setupClient }) {
    return new Promise((resolve, reject) => {
      const latencies = [];
      const statuses = {};
      const instance = autocannon({ url, headers, method, body, connections, duration, setupClient }, (error, result) => {
        if (error) return reject(error);
        const total = Object.values(statuses).reduce((a, b) => a + b, 0);
        const ok = Object.entries(statuses).reduce((sum, [status, count]) => sum + (status >= 200 && status < 300 ? count : 0), 0);
        if (!total || result.errors || ok < total) {
          return reject(new Error(`${method} ${url}: ${JSON.stringify(statuses)} answers, ${result.errors} errors, ${result.timeouts} timeouts`));
        }
        const { p50, p95, p99 } = percentiles(latencies);
        resolve({ rps: total / (result.duration || duration), p50, p95, p99, requests: total });
      });
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
        latencies.push(responseTime);
      });
    });
  }

  const h = {
    pg: { url: pg.url },
    redis: { url: redis.url },
    sql,
    root,
    /** require() as the API's built code resolves (typeorm, bullmq, @tiergate/access, …). */
    apiRequire,
    admin: ADMIN,
    password: PASSWORD,
    /** The run's JWT secret: the API's and the anchors'. */
    secret,
    log,
    median,
    database,

    /** The shared scale data set (10,000 operators, 1,000,000 subscribers), built once per run. */
    scale() {
      scale ??= (async () => {
        const started = nowMs();
        const { url, sql: dbSql } = await database('scale');
        const { hashPassword } = apiRequire(path.join(root, 'apps/api/dist/auth/passwords.js'));
        const rowsOnly = { query: async (text, params) => (await dbSql.query(text, params)).rows };
        const { big } = await generateOperatorsAndSubscribers(rowsOnly, await hashPassword(PASSWORD));
        log(`scale data set built in ${((nowMs() - started) / 1000).toFixed(0)} s`);
        return { url, sql: dbSql, big };
      })();
      return scale;
    },

    /**
     * A build of an earlier commit of this repository, to measure beside the current one in the same rounds ("today"):
     * checked out once under .data/bench/ as a git worktree, installed and built there, and kept for later runs → its root.
     */
    baseline(commit) {
      const dir = path.join(root, '.data/bench', `baseline-${commit}`);
      const built = path.join(dir, '.bench-built');
      if (existsSync(built)) return dir;
      log(`building ${commit} as the baseline (once; kept in ${path.relative(root, dir)})`);
      const run = (cmd, args, cwd = dir) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
      if (existsSync(dir)) run('git', ['worktree', 'remove', '--force', dir], root);
      run('git', ['worktree', 'add', '--detach', '--force', dir, commit], root);
      // The pnpm running this benchmark (pnpm bench: a program, or a script for node), else the one on PATH.
      const pnpm = process.env.npm_execpath ?? 'pnpm';
      const [cmd, args] = /\.[cm]?js$/.test(pnpm) ? [process.execPath, [pnpm]] : [pnpm, []];
      run(cmd, [...args, 'install', '--frozen-lockfile', '--prefer-offline']);
      run(process.execPath, ['scripts/build.mjs']);
      writeFileSync(built, `${new Date().toISOString()}\n`);
      return dir;
    },

    /**
     * The built API as a separate process, as production runs it (request log on unless `env` turns it off); `root`:
     * another checkout's build (h.baseline).
     */
    async api({ databaseUrl: url, env = {}, root: apiRoot = root } = {}) {
      const n = ++apis;
      url ??= (await database(`api_${n}`)).url;
      const port = await freePort();
      const started = nowMs();
      const proc = startChild(children, `api-${n}`, 'apps/api/dist/main.js', apiEnv(url, { PORT: String(port), QUEUE_PREFIX: `bench${n}`, ...env }), {
        cwd: apiRoot,
      });
      const base = `http://127.0.0.1:${port}`;
      const coldStartMs = await firstOk(`${base}/api/health`, {}, started, proc, `the API (${proc.logFile})`);
      return {
        url: base,
        pid: proc.child.pid,
        coldStartMs,
        logFile: proc.logFile,
        async login(email = ADMIN.email, password = PASSWORD) {
          const res = await request(`${base}/api/auth/login`, { method: 'POST', body: { email, password } });
          if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${res.body}`);
          return res.json().accessToken;
        },
        rss: () => rssOf(proc.child.pid),
        stop: proc.stop,
      };
    },

    /** The API in this process (no log, no socket: `app.inject`), for a module that measures its internals. */
    async app({ databaseUrl: url, env = {} } = {}) {
      const n = ++apis;
      url ??= (await database(`app_${n}`)).url;
      apiRequire('reflect-metadata');
      const { createApp } = apiRequire(path.join(root, 'apps/api/dist/app.factory.js'));
      const { loadApiConfig } = apiRequire(path.join(root, 'apps/api/dist/config/config.js'));
      const app = await createApp(loadApiConfig(apiEnv(url, { QUEUE_PREFIX: `bench${n}`, ...env })), false);
      const stop = async () => {
        children.delete(stop);
        await app.close();
      };
      children.add(stop);
      return app;
    },

    /** The built worker as a separate process, as production runs it; resolves once it says it is ready. */
    async worker({ databaseUrl: url, env = {} }) {
      const proc = startChild(children, `worker-${++apis}`, 'apps/worker/dist/main.js', { ...apiEnv(url), ...env }, { ipc: true });
      await new Promise((resolve, reject) => {
        proc.child.on('message', (m) => m === 'ready' && resolve());
        proc.exited.then((code) => reject(new Error(`the worker exited (${code}) before it was ready; ${proc.logFile}:\n${proc.tail()}`)));
      });
      return { pid: proc.child.pid, rss: () => rssOf(proc.child.pid), stop: proc.stop };
    },

    /** An anchor process of bench/anchors/: 'fastify-hello' or 'nest-passport-hello' (GET /hello, no logger). */
    async anchor(name) {
      const port = await freePort();
      const token = jwt.sign({ sid: 'anchor' }, secret, { algorithm: 'HS256', subject: '1', expiresIn: 3600 });
      const started = nowMs();
      const proc = startChild(children, `anchor-${name}`, path.join('bench/anchors', `${name}.mjs`), { PORT: String(port), JWT_SECRET: secret });
      const url = `http://127.0.0.1:${port}`;
      const coldStartMs = await firstOk(`${url}/hello`, { authorization: `Bearer ${token}` }, started, proc, `anchor ${name}`);
      return { url, token, pid: proc.child.pid, coldStartMs, rss: () => rssOf(proc.child.pid), stop: proc.stop };
    },

    load,
    request,

    /**
     * Several load cases interleaved (A, B, C, A, B, C, …) after one short warm-up each, so that their ratios come
     * from the same rounds. `cases`: {name: load options}. Answers {name: {rps, p50, p95, p99, rounds}} (medians).
     */
    async rounds(cases, { rounds = 3, duration = 2, connections = 10, warmup = 0.5 } = {}) {
      const names = Object.keys(cases);
      const runs = Object.fromEntries(names.map((name) => [name, []]));
      const options = (name) => ({ duration, connections, ...cases[name] });
      for (const name of names) await load({ ...options(name), duration: warmup });
      for (let round = 0; round < rounds; round++) {
        for (const name of names) runs[name].push(await load(options(name)));
      }
      return Object.fromEntries(
        names.map((name) => {
          const r = runs[name];
          const pick = (key) => median(r.map((x) => x[key]));
          return [name, { rps: pick('rps'), p50: pick('p50'), p95: pick('p95'), p99: pick('p99'), rounds: r }];
        }),
      );
    },

    /** p50/p95/p99 in ms of one query run `n` times in a row (after a few unmeasured runs). */
    async timeSql(db, text, params = [], { n = 200, warmup = 10 } = {}) {
      for (let i = 0; i < warmup; i++) await db.query(text, params);
      const times = [];
      for (let i = 0; i < n; i++) {
        const t = process.hrtime.bigint();
        await db.query(text, params);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      const { p50, p95, p99 } = percentiles(times);
      return { p50, p95, p99 };
    },

    async explain(db, text, params = []) {
      const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    },

    /** ns per call of a synchronous function: warmed, then the median of 5 batches of `n` calls. */
    micro(label, fn, { n = 1_000_000 } = {}) {
      for (let i = 0; i < Math.min(n, 100_000); i++) sink = fn(i);
      const batches = [];
      for (let b = 0; b < 5; b++) {
        const t = process.hrtime.bigint();
        for (let i = 0; i < n; i++) sink = fn(i);
        batches.push(Number(process.hrtime.bigint() - t) / n);
      }
      const ns = median(batches);
      log(`${label}: ${ns.toFixed(1)} ns per call`);
      return ns;
    },

    /** As micro(), for a function whose result is awaited (what a promise on the hot path costs). */
    async microAsync(label, fn, { n = 200_000 } = {}) {
      for (let i = 0; i < Math.min(n, 50_000); i++) sink = await fn(i);
      const batches = [];
      for (let b = 0; b < 5; b++) {
        const t = process.hrtime.bigint();
        for (let i = 0; i < n; i++) sink = await fn(i);
        batches.push(Number(process.hrtime.bigint() - t) / n);
      }
      const ns = median(batches);
      log(`${label}: ${ns.toFixed(1)} ns per call`);
      return ns;
    },

    /** CASL's `can()` anchor: an ability built once from `rules` (default: read Subscriber). */
    caslAbility(rules = [{ action: 'read', subject: 'Subscriber' }]) {
      const { createMongoAbility } = benchRequire('@casl/ability');
      return createMongoAbility(rules);
    },

    section: (title) => emit(`### ${title}`),
    text: (markdown) => emit(markdown),
    table: (columns, rows) => emit(markdownTable(columns, rows)),
    plan: (title, text) => emit(`<details><summary>${title}</summary>\n\n\`\`\`\n${text}\n\`\`\`\n\n</details>`),
    check(label, ok, detail = '') {
      report.checks.push({ module: current?.title ?? '', label, ok: Boolean(ok), detail });
      emit(`- ${ok ? '✅' : '❌'} **${label}** — ${detail}`);
    },
  };

  return {
    h,
    report,
    begin(module) {
      current = { topic: module.topic, title: module.title, blocks: [], started: nowMs(), load: os.loadavg()[0] };
      report.modules.push(current);
      return current;
    },
    /** Stops what the module left running; records its duration. */
    async end() {
      for (const stop of [...children].reverse()) await stop().catch(() => undefined);
      current.seconds = (nowMs() - current.started) / 1000;
      current = null;
    },
    /** Stops every child, then closes every pool (before the services stop). */
    async close() {
      for (const stop of [...children].reverse()) await stop().catch(() => undefined);
      for (const p of pools) await p.end().catch(() => undefined);
      await sql.end().catch(() => undefined);
    },
  };
}
