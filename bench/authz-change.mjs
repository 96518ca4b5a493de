// Issue 17 item 6: 100 permission changes a second while 50 clients read. Two API instances on one PostgreSQL and
// one Redis, as a deployment runs them: 50 accounts read GET /api/permissions on instance A (each connection its own
// token, so 50 accounts' access is cached there); an Admin changes OTHER accounts' grants and roles on instance B at a
// steady rate, each change waiting until A confirmed it dropped what it touched (R9).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import { resellersWithSessions } from './harness.mjs';

export const title = 'Permission changes under load (R9)';
export const order = 70;

const READERS = 50;
const TARGETS = 100;
const TARGET_ROLES = 10;
const RATE = 100;
/** A change that has not answered by then is late: past it the driver skips a beat rather than pile up requests. */
const MAX_IN_FLIGHT = 50;
/** Changes published straight on the channel to measure what hearing one costs instance A. */
const HEARD = 2000;
/** Open event streams (GET /api/events, one per signed-in panel) on the instance whose look after a change is measured. */
const STREAMS = 1000;

export async function run(h) {
  const { hashPassword } = h.apiRequire(path.join(h.root, 'apps/api/dist/auth/passwords.js'));
  const { authzChangedChannel, authzFlushedChannel, encodeAuthzChange } = h.apiRequire('@tiergate/access');
  const Redis = h.apiRequire('ioredis').default ?? h.apiRequire('ioredis');
  const passwordHash = await hashPassword(h.password);

  const { url: databaseUrl, sql } = await h.database('authz_change', {
    seed: (db) => seedAccounts(db, passwordHash),
  });
  const readerIds = (await sql.query(`SELECT id, email FROM accounts WHERE email LIKE 'reader%' ORDER BY id`)).rows;
  const targetIds = (await sql.query(`SELECT id FROM accounts WHERE email LIKE 'target%' ORDER BY id`)).rows.map((r) => r.id);
  const targetRoles = (await sql.query(`SELECT id FROM roles WHERE display_name LIKE 'Bench Target %' ORDER BY id`)).rows.map((r) => r.id);

  // One QUEUE_PREFIX: the two instances hear each other's changes.
  const env = { QUEUE_PREFIX: 'authz_change' };
  const readersApi = await h.api({ databaseUrl, env });
  const writerApi = await h.api({ databaseUrl, env });
  const tokens = await Promise.all(readerIds.map((r) => readersApi.login(r.email, h.password)));
  const adminToken = await writerApi.login(h.admin.email, h.admin.password);
  // Each reader's access cached on instance A before the first load.
  for (const token of tokens) {
    const res = await fetch(`${readersApi.url}/api/permissions`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`a reader's GET /api/permissions answered ${res.status}`);
    await res.arrayBuffer();
  }

  const changes = changeSequence(targetIds, targetRoles);
  const publisher = new Redis(h.redis.url);
  const channel = authzChangedChannel(env.QUEUE_PREFIX);
  try {
    let next = 0;
    const readers = {
      url: `${readersApi.url}/api/permissions`,
      connections: READERS,
      setupClient: (client) => client.setHeaders({ authorization: `Bearer ${tokens[next++ % tokens.length]}` }),
    };
    const cases = {
      quiet: { readers },
      changes: { readers, drive: () => driveChanges(writerApi.url, adminToken, changes) },
      // What the readers paid before: the same changes, each also dropping every entry (a bare change id means "everything").
      everything: {
        readers,
        drive: () => driveChanges(writerApi.url, adminToken, changes, () => publisher.publish(channel, String(Date.now()))),
      },
    };
    const results = await interleaved(h, cases, { rounds: 3, duration: 5, readersPid: readersApi.pid });

    const quiet = results.quiet.rps;
    const drop = (name) => 1 - results[name].rps / quiet;
    h.text(
      `${READERS} accounts read \`GET /api/permissions\` (authenticated, no SQL on a warm cache) on API instance A, one ` +
        `connection each; an Admin makes ${RATE} permission changes a second on instance B (\`PUT /api/users/:id/permissions\` ` +
        `toggling a grant of one of ${TARGETS} other staff accounts, and \`PUT /api/roles/:id/permissions\` of one of their ` +
        `${TARGET_ROLES} roles, alternately). Each change publishes what it touched (the accounts, their staff, the role's ` +
        `holders) and waits until A confirmed it dropped those entries (R9); A keeps the readers' entries. The last case ` +
        `adds, for each change, a message of unknown reach (a bare change id, as before issue 17): A drops its whole cache ` +
        `each time, as every change used to. Rounds interleaved (${results.quiet.rounds.length} rounds of 5 s, medians). ` +
        `On a shared 2-core machine the throughput also counts what instance B and PostgreSQL take from A for the writes; ` +
        `A's own CPU time per read (from /proc, user + system) is what the changes cost A itself, whatever else runs.`,
    );
    h.table(
      [
        'case',
        'readers req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'vs quiet',
        "A's CPU per read µs",
        'vs quiet',
        'changes/s made',
        'change p50 ms',
        'change p95 ms',
        'failed / skipped',
      ],
      Object.entries(results).map(([name, r]) => [
        name,
        r.rps.toFixed(0),
        r.p50.toFixed(2),
        r.p95.toFixed(2),
        r.p99.toFixed(2),
        `${(r.rps / quiet).toFixed(2)}×`,
        r.cpuPerRead.toFixed(0),
        `${(r.cpuPerRead / results.quiet.cpuPerRead).toFixed(2)}×`,
        r.changes ? r.changes.perSecond.toFixed(1) : '–',
        r.changes ? r.changes.p50.toFixed(1) : '–',
        r.changes ? r.changes.p95.toFixed(1) : '–',
        r.changes ? `${r.changes.failed} / ${r.changes.skipped}` : '–',
      ]),
    );
    await writerApi.stop(); // from here on, the confirmations are A's
    const heard = await cpuPerChangeHeard(readersApi.pid, targetIds, {
      ear: new Redis(h.redis.url),
      publish: (message) => publisher.publish(channel, message),
      confirmations: authzFlushedChannel(env.QUEUE_PREFIX),
      encodeAuthzChange,
    });
    h.text(
      `What hearing a change costs instance A itself, measured apart: ${HEARD} changes of one account each published ` +
        `straight on the channel while nobody reads, each confirmed by A: **${heard.toFixed(0)} µs of A's CPU per change** ` +
        `(${((heard / results.quiet.cpuPerRead) * 100).toFixed(1)}% of a read's in the quiet case), so ${RATE} changes a ` +
        `second cost A ${((heard * RATE) / 1000).toFixed(1)} ms of CPU a second, with ${READERS} readers' entries kept.`,
    );
    const made = results.changes.changes.perSecond;
    h.check(
      '100 permission changes a second while 50 clients read: readers’ throughput drops by no more than 20%',
      drop('changes') <= 0.2 && made >= RATE * 0.95,
      `readers ${results.changes.rps.toFixed(0)} vs ${quiet.toFixed(0)} req/s quiet (drop ${(drop('changes') * 100).toFixed(1)}%) ` +
        `at ${made.toFixed(1)} changes/s made; A's CPU per read ${(results.changes.cpuPerRead / results.quiet.cpuPerRead).toFixed(2)}× quiet; ` +
        `dropping the whole cache per change instead: drop ${(drop('everything') * 100).toFixed(1)}%, CPU per read ` +
        `${(results.everything.cpuPerRead / results.quiet.cpuPerRead).toFixed(2)}×`,
    );
  } finally {
    publisher.disconnect();
  }

  const look = await streamsLookAfterChange(h);
  h.text(
    `What a change costs the open panels' event streams (\`GET /api/events\`, R9's push) of an instance that holds ` +
      `${STREAMS.toLocaleString('en')} of them, one per signed-in account, when the change is none of theirs (another account's grant; any ` +
      `tenant's change reaches every instance): **${look.cpuMs.toFixed(2)} ms of CPU per change** (wall ${look.wallMs.toFixed(2)} ms; ` +
      `the built EventsService in this process, after each stream was looked at once, median of 5 batches of 20). Only ` +
      'the streams whose session or account the change dropped from the cache are looked at again (before 2026-12-08 every ' +
      'stream was: about 8.6 ms of CPU per change for 1,000 streams, so one tenant changing its roles ten times a second ' +
      'took 9% of a core of every instance; docs/decisions.md). After a module switch, which drops every cached account, ' +
      `the ${STREAMS.toLocaleString('en')} looks load their accounts two at a time (R14: the requests keep the rest of the pool) ` +
      `and all are done in **${look.everyoneMs.toFixed(0)} ms** (the panels' contract: within 2 s).`,
  );
}

/** An API in this process with STREAMS accounts signed in, each with a stream open: the CPU of one look after a change. */
async function streamsLookAfterChange(h) {
  const dist = (file) => path.join(h.root, 'apps/api/dist', file);
  const { EventsService } = h.apiRequire(dist('events/events.service.js'));
  const { AuthzService } = h.apiRequire(dist('access/authz.service.js'));
  const { DataSource } = h.apiRequire('typeorm');
  const app = await h.app();
  const [db, authz, events] = [app.get(DataSource), app.get(AuthzService), app.get(EventsService)];
  const sessions = await resellersWithSessions((text, params) => db.query(text, params), { prefix: 'streams', count: STREAMS });
  for (const s of sessions) {
    const caller = await authz.callerFor({ accountId: s.account_id, sessionId: s.id, verifiedAt: Date.now() }, null, null);
    await events.open(caller, new PassThrough());
  }
  await events.lookAgain(); // each stream looked at once since it opened, as after any earlier change
  const batches = [];
  for (let b = 0; b < 5; b++) {
    const [cpu, wall] = [process.cpuUsage(), performance.now()];
    for (let i = 0; i < 20; i++) await events.lookAgain();
    const used = process.cpuUsage(cpu);
    batches.push({ cpuMs: (used.user + used.system) / 1000 / 20, wallMs: (performance.now() - wall) / 20 });
  }
  // A module switch drops every cached account: each stream's look loads its account, two at a time.
  await authz.changed({ modules: true });
  const started = performance.now();
  await events.lookAgain();
  const everyoneMs = performance.now() - started;
  await app.close();
  const median = (key) => h.median(batches.map((x) => x[key]));
  return { cpuMs: median('cpuMs'), wallMs: median('wallMs'), everyoneMs };
}

/** 50 reader staff accounts and 100 target staff accounts under the Admin, the targets spread over 10 roles. */
async function seedAccounts(db, passwordHash) {
  const role = async (name, permissions) => {
    const { rows } = await db.query(
      `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status)
       SELECT branch_id, $1, $2, 2, id, 'skipped' FROM accounts WHERE type = 1 ORDER BY id LIMIT 1 RETURNING id`,
      [`branch-${name.toLowerCase().replace(/\s+/g, '')}`, name],
    );
    await db.query(`INSERT INTO role_permissions (role_id, permission) SELECT $1, unnest($2::text[])`, [rows[0].id, permissions]);
    return rows[0].id;
  };
  const staff = (prefix, count, roleIds) =>
    db.query(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id)
       SELECT a.branch_id, 2, $1 || g, $1 || g || '@bench.test', $2, a.id, '', ($4::int[])[1 + g % cardinality($4::int[])]
         FROM accounts a, generate_series(1, $3) g WHERE a.type = 1`,
      [prefix, passwordHash, count, roleIds],
    );
  await staff('reader', READERS, [await role('Bench Reader', ['user_module'])]);
  const targetRoles = [];
  for (let i = 0; i < TARGET_ROLES; i++) targetRoles.push(await role(`Bench Target ${i}`, ['user_module']));
  await staff('target', TARGETS, targetRoles);
  await db.query(`UPDATE accounts a SET path = p.path || a.id || '/', principal_id = p.id FROM accounts p WHERE a.parent_id = p.id AND a.path = ''`);
}

/** The n-th change: a target account's grant and a target role's permissions, alternately, each toggled. */
function changeSequence(targetIds, roleIds) {
  return (n) => {
    const on = Math.floor(n / 2) % 2 === 0;
    if (n % 2 === 0) {
      const id = targetIds[(n / 2) % targetIds.length];
      return { path: `/api/users/${id}/permissions`, body: { grants: on ? ['role_module'] : [], revokes: [] } };
    }
    const id = roleIds[((n - 1) / 2) % roleIds.length];
    return { path: `/api/roles/${id}/permissions`, body: { permissions: on ? ['user_module', 'role_module'] : ['user_module'] } };
  };
}

/**
 * Makes RATE changes a second from now on, at a steady pace (a late tick catches up), each with `alongside` too.
 * `stop()` waits for the changes under way and answers the changes made a second and their latencies.
 */
function driveChanges(baseUrl, token, changeAt, alongside = () => undefined) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const started = performance.now();
  const latencies = [];
  const underWay = new Set();
  let fired = 0;
  let failed = 0;
  let skipped = 0;
  const tick = setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * RATE);
    for (; fired < due; fired++) {
      if (underWay.size >= MAX_IN_FLIGHT) {
        skipped++;
        continue;
      }
      const { path: target, body } = changeAt(fired);
      const sent = performance.now();
      const change = fetch(`${baseUrl}${target}`, { method: 'PUT', headers, body: JSON.stringify(body) })
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.status === 200) latencies.push(performance.now() - sent);
          else failed++;
        })
        .catch(() => failed++)
        .finally(() => underWay.delete(change));
      underWay.add(change);
      Promise.resolve(alongside()).catch(() => undefined);
    }
  }, 2);
  return {
    async stop() {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(tick);
      await Promise.all(underWay);
      const sorted = latencies.sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
      return { perSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), failed, skipped };
    },
  };
}

/**
 * h.rounds' interleaving (A, B, C, A, B, C, … after a warm-up each), with each case's change driver running exactly
 * while its readers' load does. Answers per case the medians of the readers' figures and of the changes made.
 */
async function interleaved(h, cases, { rounds, duration, readersPid }) {
  const once = async ({ readers, drive }, seconds) => {
    const cpuBefore = cpuMsOf(readersPid);
    const driver = drive?.();
    const load = await h.load({ ...readers, duration: seconds });
    const changes = await driver?.stop();
    return { ...load, cpuPerRead: ((cpuMsOf(readersPid) - cpuBefore) * 1000) / load.requests, changes };
  };
  for (const c of Object.values(cases)) await once(c, duration);
  const runs = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, c] of Object.entries(cases)) runs[name].push(await once(c, duration));
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, r]) => {
      const pick = (get) => h.median(r.map(get));
      const changes = r[0].changes && {
        perSecond: pick((x) => x.changes.perSecond),
        p50: pick((x) => x.changes.p50),
        p95: pick((x) => x.changes.p95),
        failed: r.reduce((sum, x) => sum + x.changes.failed, 0),
        skipped: r.reduce((sum, x) => sum + x.changes.skipped, 0),
      };
      const figures = { rps: pick((x) => x.rps), p50: pick((x) => x.p50), p95: pick((x) => x.p95), p99: pick((x) => x.p99) };
      return [name, { ...figures, cpuPerRead: pick((x) => x.cpuPerRead), rounds: r, changes }];
    }),
  );
}

/**
 * A's CPU time per change heard (µs): HEARD messages naming one target account each, published one after another, each
 * awaited until A confirmed it (so A did all the work inside the measured span).
 */
async function cpuPerChangeHeard(pid, targetIds, { ear, publish, confirmations, encodeAuthzChange }) {
  try {
    await ear.subscribe(confirmations);
    let confirmed = () => undefined;
    ear.on('message', (_channel, message) => confirmed(message.split(' ')[0]));
    const hear = async (n) => {
      const changeId = `bench-${n}`;
      const answered = new Promise((resolve) => (confirmed = (id) => id === changeId && resolve()));
      await publish(encodeAuthzChange(changeId, { accounts: [targetIds[n % targetIds.length]] }));
      await answered;
    };
    for (let n = 0; n < 100; n++) await hear(n);
    const before = cpuMsOf(pid);
    for (let n = 0; n < HEARD; n++) await hear(n);
    return ((cpuMsOf(pid) - before) * 1000) / HEARD;
  } finally {
    ear.disconnect();
  }
}

/** CPU time (user + system, ms) a process has used: fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms. */
function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
