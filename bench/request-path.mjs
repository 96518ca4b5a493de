// The request path of issue 17 (items 2, 3 and 7): what an authenticated, cached request costs over HTTP against
// the bare hellos, what the request log adds (the same API with LOG_REQUESTS=false, same rounds), the guard's own
// cost on a cache hit, the cold start, and the memory of 10,000 signed-in accounts.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { resellersWithSessions } from './harness.mjs';

export const title = 'Request path: authenticated requests, the request log, memory and start';
export const order = 10;

const jwt = createRequire(import.meta.url)('jsonwebtoken');
const ROUNDS = 5;
// Seconds of load before the rounds, per case: a process's CPU per request keeps falling for seconds while V8 optimises.
const WARMUP_S = 8;
const ACCOUNTS = 10_000;

/** CPU time (user + system) of a process so far, in µs (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMicros(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (v) => v.toFixed(2);

/**
 * Load cases interleaved (A, B, C, A, B, C, …) after a warm-up each, as h.rounds does, also reading the CPU time
 * the serving process spent per request: a ratio of CPU per request holds on a loaded machine where req/s does not.
 */
async function rounds(h, cases) {
  const names = Object.keys(cases);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) await h.load({ ...cases[name], duration: WARMUP_S });
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) {
      const { pid, ...options } = cases[name];
      const before = cpuMicros(pid);
      const result = await h.load({ duration: 2, connections: 10, ...options });
      runs[name].push({ ...result, cpuUs: (cpuMicros(pid) - before) / result.requests });
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const pick = (key) => h.median(runs[name].map((r) => r[key]));
      return [name, { rps: pick('rps'), p50: pick('p50'), p95: pick('p95'), p99: pick('p99'), cpuUs: pick('cpuUs'), runs: runs[name] }];
    }),
  );
}

export async function run(h) {
  const db = await h.database('request_path');
  const fastify = await h.anchor('fastify-hello');
  const nest = await h.anchor('nest-passport-hello');
  const logged = await h.api({ databaseUrl: db.url });
  const unlogged = await h.api({ databaseUrl: db.url, env: { LOG_REQUESTS: 'false' } });
  const bearer = async (api) => ({ authorization: `Bearer ${await api.login()}` });
  const [withLog, withoutLog] = [await bearer(logged), await bearer(unlogged)];

  // 1. Throughput and CPU per request, every case in the same rounds.
  const cases = {
    'fastify-hello': { url: `${fastify.url}/hello`, pid: fastify.pid },
    'nest-passport-hello': { url: `${nest.url}/hello`, headers: { authorization: `Bearer ${nest.token}` }, pid: nest.pid },
  };
  const routes = ['/api/health', '/api/me', '/api/permissions'];
  for (const route of routes) {
    cases[`${route} log on`] = { url: `${logged.url}${route}`, headers: withLog, pid: logged.pid };
    cases[`${route} log off`] = { url: `${unlogged.url}${route}`, headers: withoutLog, pid: unlogged.pid };
  }
  const r = await rounds(h, cases);
  const anchor = r['nest-passport-hello'];
  h.text(
    'What issue 17 changed on this path: the request line is built by hand when the response closes (its fields need no escaping; ' +
      'the same fields and messages as before), written to stdout ' +
      "asynchronously in 4 KiB batches (before: pino-http through nestjs-pino's middleware, a child logger and an AsyncLocalStorage " +
      'context per request, redaction paths on every line, a synchronous write each). The guard verifies the token itself ' +
      '(jsonwebtoken, synchronously) and, on a cache hit, returns the caller built for the session last time without a promise ' +
      "(before: passport's async strategy, two awaits and a new caller object per request); its rule is read once per route. " +
      "`/me` takes the role's name from the authorization cache (before: one TypeORM query per call), `/permissions` sends the " +
      'catalog serialised once, and the global Fastify hooks (URL length, stored text, no-store, request id) no longer make a promise each.',
  );
  h.section('Authenticated requests against the bare hellos (10 connections)');
  h.text(
    `Each process serves on its own port; the cases alternate within each of ${ROUNDS} rounds of 2 s (after a ${WARMUP_S} s warm-up each) and a ` +
      'figure is the median of the rounds. "CPU per request" is the serving process\'s CPU time (user + system, /proc) over the requests ' +
      'it answered: unlike req/s it does not depend on what else the machine runs. The API runs as in production (NODE_ENV=production, ' +
      'logs to a file); "log off" is the same build with `LOG_REQUESTS=false`. The caller is the Admin (no balance: `/api/me` makes no SQL ' +
      "on a warm cache). The request log's share is the median over the rounds of (CPU per request with the line − without) ÷ with, " +
      'each round pairing the two cases that ran back to back.',
  );
  h.table(
    ['case', 'req/s', '× nest-passport-hello', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU per request'],
    Object.entries(r).map(([name, c]) => [
      name,
      c.rps.toFixed(0),
      (c.rps / anchor.rps).toFixed(2),
      ms(c.p50),
      ms(c.p95),
      ms(c.p99),
      `${c.cpuUs.toFixed(0)} µs`,
    ]),
  );
  for (const route of ['/api/me', '/api/permissions']) {
    const ratio = r[`${route} log on`].rps / anchor.rps;
    h.check(
      `\`GET ${route}\` ≥ 0.5× the Nest + passport-jwt hello (req/s, 10 connections)`,
      ratio >= 0.5,
      `${ratio.toFixed(2)}× (${r[`${route} log on`].rps.toFixed(0)} vs ${anchor.rps.toFixed(0)} req/s), log on`,
    );
  }
  // Paired by round (the two cases ran back to back): the median of the rounds' shares, which a slow round moves less.
  const overHttp = routes.map((route) => {
    const share = h.median(r[`${route} log on`].runs.map((run, i) => (run.cpuUs - r[`${route} log off`].runs[i].cpuUs) / run.cpuUs));
    return `\`${route}\` ${(share * 100).toFixed(1)}%`;
  });
  h.text(
    `The request log's share measured this way (two processes): ${overHttp.join(', ')}. Two processes differ by more than the line ` +
      'costs (heap, JIT state, which core the load generator takes): the same build measured 3.8 / 4.9 / 0.2% on an idle machine and ' +
      '11.6 / 25.6 / −6.9% in a full run. The checks below measure the line itself (see "What the request line costs").',
  );

  await fastify.stop();
  await nest.stop();
  await unlogged.stop();
  const loadedRss = logged.rss();
  await logged.stop();

  // 2. In this process: SQL on a warm cache (the built API, app.inject), the guard's own cost on a cache hit, and what the request line costs.
  const offCpuUs = Object.fromEntries(routes.map((route) => [route, r[`${route} log off`].cpuUs]));
  await inProcess(h, db.url, offCpuUs);

  // 4. Cold start to the first 200, API against the hellos, alternating.
  const starts = { api: [logged.coldStartMs], 'fastify-hello': [fastify.coldStartMs], 'nest-passport-hello': [nest.coldStartMs] };
  for (let i = 0; i < 2; i++) {
    for (const name of ['fastify-hello', 'nest-passport-hello']) {
      const a = await h.anchor(name);
      starts[name].push(a.coldStartMs);
      await a.stop();
    }
    const api = await h.api({ databaseUrl: db.url });
    starts.api.push(api.coldStartMs);
    await api.stop();
  }
  const start = Object.fromEntries(Object.entries(starts).map(([k, v]) => [k, h.median(v)]));
  h.section('Cold start to the first 200');
  h.text(
    'From spawning `node` to the first 200 (`GET /api/health` for the API, `GET /hello` for the anchors), 3 starts each alternating, ' +
      'on an already migrated database; the median.',
  );
  h.table(
    ['process', 'starts (ms)', 'median'],
    Object.entries(starts).map(([k, v]) => [k, v.join(', '), `${start[k]} ms`]),
  );
  h.text(
    'Where a start went (a CPU profile of the built API from spawn to its first 200, 2026-12-07): about 60% loading modules ' +
      "(resolving some 1,700 files through pnpm's links, reading and compiling them), 15% compiling the response schemas of every " +
      "route (fast-json-stringify and ajv), 3% the OpenAPI document, the rest Nest's wiring, TypeORM and the connections. Now the " +
      'build bundles the API into one file (apps/api/bundle.mjs, rolldown), `dist/main.js` loads it with `require` (through `import()` ' +
      "Node's ES module loader scanned all 10 MB for exports first), and a route's response schema is compiled when it first answers " +
      "(`compileOnFirstUse`). V8's compile cache is not used: it made a start ~0.1 s shorter but the instance ~30 MiB larger.",
  );
  const startRatio = start.api / start['nest-passport-hello'];
  h.check(
    'Cold start within 2× the hello',
    startRatio <= 2,
    `${startRatio.toFixed(2)}× the Nest + passport-jwt hello (${start.api} vs ${start['nest-passport-hello']} ms; bare Fastify ${start['fastify-hello']} ms)`,
  );

  // 5. Memory: 10,000 signed-in accounts, one authenticated request each, on an instance of their own.
  await memory(h, db, loadedRss);
}

/**
 * A `GET /api/me` over a socket held in the guard: its execution context (Nest's, with Fastify's request and reply)
 * and Node's response, not yet answered; `release()` lets it go on and waits for its answer.
 */
async function inFlight(app, AccessGuard, authorization) {
  await app.listen(0, '127.0.0.1');
  const canActivate = AccessGuard.prototype.canActivate;
  let held;
  const reached = new Promise((resolve) => {
    AccessGuard.prototype.canActivate = function (context) {
      AccessGuard.prototype.canActivate = canActivate;
      resolve(context);
      return new Promise((go) => (held = () => go(canActivate.call(this, context))));
    };
  });
  const { port } = app.getHttpServer().address();
  const answered = fetch(`http://127.0.0.1:${port}/api/me`, { headers: { authorization, 'user-agent': 'bench' } });
  const context = await reached;
  return {
    context,
    response: context.getArgByIndex(1).raw,
    release: async () => {
      held();
      const res = await answered;
      if (res.status !== 200) throw new Error(`the request held in the guard answered ${res.status}`);
    },
  };
}

async function inProcess(h, databaseUrl, offCpuUs) {
  const dist = (file) => path.join(h.root, 'apps/api/dist', file);
  const { Reflector } = h.apiRequire('@nestjs/core');
  const { AccessGuard } = h.apiRequire(dist('access/access.guard.js'));
  const { AuthzService } = h.apiRequire(dist('access/authz.service.js'));
  const { PreviewService } = h.apiRequire(dist('access/preview.service.js'));
  const { FairShare, answered } = h.apiRequire(dist('access/fair-share.js'));
  const { UsageRecorder } = h.apiRequire(dist('access/usage-recorder.js'));
  const { MeController } = h.apiRequire(dist('me/me.controller.js'));
  const { RolesController } = h.apiRequire(dist('roles/roles.controller.js'));
  const { DataSource } = h.apiRequire('typeorm');
  const app = await h.app({ databaseUrl });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: h.admin.email, password: h.password } });
  const authorization = `Bearer ${login.json().accessToken}`;

  const authz = app.get(AuthzService);
  const claims = authz.tokens.claimsOf(authorization);
  // The same service with the token already verified: what the guard costs besides the HMAC.
  const verified = Object.create(authz, { tokens: { value: { claimsOf: () => claims } } });
  const guardOf = (service) => new AccessGuard(new Reflector(), service, app.get(PreviewService), app.get(UsageRecorder), app.get(FairShare));
  // The objects of a real request in flight, over a socket: Nest's execution context, Fastify's request and reply, and
  // Node's response. Literal stand-ins gave the guard's property reads shapes that no request has, which made them
  // polymorphic (the first version of this benchmark measured them: about 20-40 ns more per call).
  const { context, response, release } = await inFlight(app, AccessGuard, authorization);
  // The guard takes its tenant's share for each call (FairShare), and each is answered (the API's onSend), which
  // gives the share back as the end of a request does, so the measured cost is the share's too.
  const ended = (admitted) => (answered(response), admitted);
  const contextOf = (controller, handler) => new context.constructor(context.getArgs(), controller, controller.prototype[handler]);
  const me = contextOf(MeController, 'get');
  const roles = contextOf(RolesController, 'list');
  const [full, guard] = [guardOf(authz), guardOf(verified)];
  ended(await full.canActivate(me)); // the miss that fills the cache
  const synchronous = ended(full.canActivate(me)) === true && ended(guard.canActivate(roles)) === true;
  // Each measurement is one synchronous stretch: between them the event loop runs (the instance's heartbeat keeps
  // it caching), and a call that is not a synchronous hit stops the benchmark rather than measure a miss.
  const hit = (g, context) => () => {
    if (ended(g.canActivate(context)) !== true) throw new Error('the guard missed the cache during its micro-benchmark');
  };
  // Wall time (h.micro) and this process's CPU time over the same calls: on a machine other processes load, the CPU
  // time per call is the one that does not count the time slices others took.
  const measure = async (label, fn, n) => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const cpu = process.cpuUsage();
    const wall = h.micro(label, fn, { n });
    const used = process.cpuUsage(cpu);
    return { wall, cpu: ((used.user + used.system) * 1000) / (Math.min(n, 100_000) + 5 * n) };
  };
  const verify = await measure('token verify (HS256, KeyObject)', () => authz.tokens.claimsOf(authorization), 2_000);
  const whole = await measure('guard, /api/me, with verify', hit(full, me), 2_000);
  const meNs = await measure('guard, /api/me (authenticated), verify aside', hit(guard, me), 200_000);
  const rolesNs = await measure('guard, /api/roles (role_module, usage noted), verify aside', hit(guard, roles), 200_000);
  const ability = h.caslAbility();
  const casl = await measure('CASL can()', () => ability.can('read', 'Subscriber'), 200_000);
  await release();
  h.section("The guard's own cost on a cache hit");
  h.text(
    'The built `AccessGuard` and `AuthzService` of an API in this process, a cache hit (session, account and the caller built for this ' +
      "address and user agent), on the objects of a real request held in the guard (`GET /api/me` over a socket: Nest's execution " +
      "context, Fastify's request and reply, Node's response), and its tenant's share of the instance taken and given back " +
      '(FairShare, R14: the answer sent after each call); "verify aside" replaces the token check by its result (the ' +
      "verify also reads the clock, once per request, for the token's expiry; the guard's own checks use that reading). " +
      `A hit returns \`true\` synchronously: ${synchronous ? 'yes' : 'NO'} (only a miss, a preview or a refusal returns a promise). ` +
      "Wall time is the median of 5 batches (h.micro); CPU time is this process's over all the calls, which other processes on the " +
      'machine do not inflate; the ratio to CASL holds in both. Until 2026-12-07 it ran on literal stand-ins for those objects, which ' +
      "read faster than Fastify's getters and hid that `request.ip` went through proxy-addr with no proxy trusted: the same build " +
      'took 109-127 ns on the stand-ins and 218-246 ns on real objects, then 114-139 ns once no proxy is `false` (docs/decisions.md).',
  );
  const row = (what, m) => [what, m.wall.toFixed(0), m.cpu.toFixed(0), (m.cpu / casl.cpu).toFixed(2)];
  h.table(
    ['what', 'ns per call (wall)', 'ns per call (CPU)', '× CASL can() (CPU)'],
    [
      row('token verify alone (jsonwebtoken, HS256, KeyObject)', verify),
      row('guard on `GET /api/me`, with the verify', whole),
      row('guard on `GET /api/me` (authenticated), verify aside', meNs),
      row('guard on `GET /api/roles` (`role_module`, usage noted), verify aside', rolesNs),
      row("anchor: CASL's `can()` on a prebuilt ability", casl),
    ],
  );
  h.check(
    'Guard cost on a cache hit < 100 ns, no promise (token verify aside)',
    synchronous && meNs.cpu < 100 && rolesNs.cpu < 100,
    `${meNs.cpu.toFixed(0)} ns (/me), ${rolesNs.cpu.toFixed(0)} ns (/roles) of CPU per call (wall ${meNs.wall.toFixed(0)} / ${rolesNs.wall.toFixed(0)} ns); synchronous: ${synchronous}`,
  );

  // After the guard's measure, so that its code had seen only requests over a socket, as in production (app.inject's
  // are other objects). Every statement of the API goes through a TypeORM query runner: count those the requests make (in their async
  // context; the instance's own timers, the sweeps and the usage flush, run outside it) over 200 on a warm cache.
  const dataSource = app.get(DataSource);
  const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
  const measured = new AsyncLocalStorage();
  let statements = 0;
  dataSource.createQueryRunner = (...args) => {
    const runner = createQueryRunner(...args);
    const query = runner.query.bind(runner);
    runner.query = (...q) => (measured.getStore() && statements++, query(...q));
    return runner;
  };
  const sqlPer = {};
  // /api/roles reads the database on every call: it shows that the count sees the requests' statements.
  for (const url of ['/api/me', '/api/permissions', '/api/roles']) {
    await app.inject({ url, headers: { authorization } });
    statements = 0;
    await measured.run(true, async () => {
      for (let i = 0; i < 200; i++) await app.inject({ url, headers: { authorization } });
    });
    sqlPer[url] = statements / 200;
  }
  dataSource.createQueryRunner = createQueryRunner;
  h.check(
    'No SQL on a warm cache (`/api/me`, `/api/permissions`)',
    sqlPer['/api/me'] === 0 && sqlPer['/api/permissions'] === 0 && sqlPer['/api/roles'] >= 1,
    `statements per request over 200 requests of the Admin: /me ${sqlPer['/api/me']}, /permissions ${sqlPer['/api/permissions']} ` +
      `(and /roles ${sqlPer['/api/roles']}, which queries by design: the count sees them). A reseller's /me reads its balance: live money, one primary-key read.`,
  );

  // The request line: the API's onRequest hook with the line and without it (LOG_REQUESTS=false), each on a request
  // and reply as Fastify gives them, then the response's 'close', which writes the line.
  const { answerAndLogRequests } = h.apiRequire(dist('logging/request-log.js'));
  const pino = h.apiRequire('pino');
  const hookOf = (lines) => {
    let hook;
    answerAndLogRequests({ addHook: (_, fn) => (hook = fn) }, lines);
    return hook;
  };
  const [withLine, withoutLine] = [hookOf(pino.destination({ dest: '/dev/null', sync: false, minLength: 4096 })), hookOf(null)];
  const logged = { id: randomUUID(), method: 'GET', routeOptions: { url: '/api/me' }, raw: { readableAborted: false }, caller: { id: 1 } };
  const reply = { statusCode: 200, raw: null, header: () => reply };
  const served = (hook) => () => {
    const raw = new EventEmitter();
    raw.writableEnded = true;
    reply.raw = raw;
    hook(logged, reply, () => undefined);
    raw.emit('close');
  };
  const lineOn = await measure('request hook, with the line', served(withLine), 100_000);
  const lineOff = await measure('request hook, without it', served(withoutLine), 100_000);
  const lineUs = (lineOn.cpu - lineOff.cpu) / 1000;
  h.section('What the request line costs');
  h.text(
    "The API's `onRequest` hook (`answerAndLogRequests`) as it registers it with the request log on (the line written to " +
      '`/dev/null` through the same asynchronous destination, 4 KiB batches, so the system calls count) and off (`LOG_REQUESTS=false`: ' +
      "the hook only names the request), each called on a request and reply as Fastify gives them and followed by the response's " +
      "`close`, which builds and writes the line; this process's CPU time per call, as for the guard. The line's cost is the " +
      'difference; its share is that over the CPU a request of the route cost the API with the log off in the rounds above.',
  );
  h.table(
    ['what', 'ns per request (CPU)'],
    [
      ['hook with the line', lineOn.cpu.toFixed(0)],
      ['hook without it', lineOff.cpu.toFixed(0)],
      ['the line', (lineOn.cpu - lineOff.cpu).toFixed(0)],
    ],
  );
  for (const [route, cpuUs] of Object.entries(offCpuUs)) {
    const share = lineUs / cpuUs;
    h.check(
      `The request log ≤ 10% of a request's CPU: \`GET ${route}\``,
      share <= 0.1,
      `${(share * 100).toFixed(1)}% (the line ${lineUs.toFixed(2)} µs of ${cpuUs.toFixed(0)} µs per request without it)`,
    );
  }
}

async function memory(h, db, loadedRss) {
  const { hashPassword } = h.apiRequire(path.join(h.root, 'apps/api/dist/auth/passwords.js'));
  // 10,000 resellers under the Admin, one password hash; a session each, as a sign-in writes it.
  const rows = await resellersWithSessions(async (text, params) => (await db.sql.query(text, params)).rows, {
    prefix: 'rp',
    count: ACCOUNTS,
    passwordHash: await hashPassword(h.password),
  });
  const tokens = rows.map((s) => jwt.sign({ sid: s.id }, h.secret, { algorithm: 'HS256', issuer: 'tiergate', subject: String(s.account_id), expiresIn: 3600 }));
  const signIn = async (api) => {
    let next = 0;
    const worker = async () => {
      while (next < tokens.length) {
        const res = await fetch(`${api.url}/api/me`, { headers: { authorization: `Bearer ${tokens[next++]}` } });
        if (res.status !== 200) throw new Error(`GET /api/me answered ${res.status}: ${await res.text()}`);
      }
    };
    await Promise.all(Array.from({ length: 10 }, worker));
  };

  // As production runs: RSS before and right after.
  const api = await h.api({ databaseUrl: db.url });
  await h.request(`${api.url}/api/health`);
  const before = api.rss();
  await signIn(api);
  const after = api.rss();
  await api.stop();
  // A second instance, its garbage collected in full before and after (Node's inspector, opened by SIGUSR1 once it has
  // started, on the port --inspect-port leaves to the system): the V8 heap the accounts add.
  const collecting = await h.api({ databaseUrl: db.url, env: { NODE_OPTIONS: '--inspect-port=127.0.0.1:0' } });
  await h.request(`${collecting.url}/api/health`);
  const heapBefore = await collectGarbage(collecting);
  await signIn(collecting);
  const heapAfter = await collectGarbage(collecting);
  const collected = collecting.rss();
  await collecting.stop();
  const perAccount = (heapAfter - heapBefore) / ACCOUNTS;

  h.section('Memory with 10,000 signed-in accounts cached');
  h.text(
    `10,000 resellers created in SQL with one password hash, a session each inserted as a sign-in writes it and an access token signed ` +
      "with the API's secret (10,000 argon2 sign-ins would take minutes and cache nothing more), then one `GET /api/me` each over 10 " +
      'connections, on an API instance of their own (request log on), as after a restart. Each account leaves its access entry ' +
      '(effective permissions, principal), its session and the caller built for it in the authorization cache. For comparison, the ' +
      `instance that served the rounds above (about 200,000 requests) ended them at ${mib(loadedRss)} RSS: V8's heap grown under load ` +
      'and not yet collected (a forced full GC brings its used heap back to its size at start) and memory the C allocator keeps, not cached accounts.',
  );
  h.text(
    'Right after the requests, RSS holds whatever V8 has not collected yet, and how much that is depends on when its full ' +
      'collections fell: the same build measured 269 or 326 MiB from one instance to the next, the difference all V8 heap pages. ' +
      'So what each account costs is measured on a second instance made to collect its garbage in full before the requests and ' +
      'after them (`HeapProfiler.collectGarbage` through Node’s inspector): the V8 heap the accounts add.',
  );
  h.table(
    ['RSS before', 'RSS after 10,000 accounts', 'second instance: V8 heap before / after (collected)', 'its RSS then', 'per cached account'],
    [[mib(before), mib(after), `${mib(heapBefore)} / ${mib(heapAfter)}`, mib(collected), `${(perAccount / 1024).toFixed(1)} KiB of V8 heap`]],
  );
  h.check(
    'One API with 10,000 signed-in accounts cached < 300 MB RSS',
    after < 300e6,
    `${(after / 1e6).toFixed(0)} MB right after the requests; each account holds ${perAccount.toFixed(0)} bytes of V8 heap`,
  );
}

/**
 * A full garbage collection in a running API (started with `--inspect-port`), from outside: SIGUSR1 opens Node's
 * inspector, whose HeapProfiler collects; answers the bytes of V8 heap then in use.
 */
async function collectGarbage(api) {
  process.kill(api.pid, 'SIGUSR1');
  const deadline = Date.now() + 30_000;
  let url;
  while (!(url = /Debugger listening on (ws:\/\/\S+)/.exec(readFileSync(api.logFile, 'utf8'))?.[1])) {
    if (Date.now() > deadline) throw new Error(`the API opened no inspector on SIGUSR1 (${api.logFile})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => Object.assign(ws, { onopen: resolve, onerror: reject }));
  const answers = new Map();
  ws.onmessage = (e) => {
    const message = JSON.parse(e.data);
    answers.get(message.id)?.(message.result);
  };
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      const id = answers.size + 1;
      answers.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  await call('HeapProfiler.collectGarbage');
  const { result } = await call('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed' });
  ws.close();
  return result.value;
}
