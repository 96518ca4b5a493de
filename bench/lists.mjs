// List pages through the built API at 10 connections, beside the bare Nest + passport-jwt hello in the same rounds:
// 1,000 roles the Admin sees and first pages of 50 of every scoped list (bench/lists-data.mjs).
import path from 'node:path';
import { recordingDb } from './harness.mjs';
import { generateListData, ROLES, SUBSCRIBERS } from './lists-data.mjs';

export const title = 'List pages: 1,000 roles and pages of 50';
export const order = 20;

const LISTS = {
  '/roles': 'GET /api/roles (1,000 roles)',
  '/subscribers?limit=50': 'GET /api/subscribers?limit=50',
  '/users?pageSize=50': 'GET /api/users?pageSize=50',
  '/payments?limit=50': 'GET /api/payments?limit=50',
  '/invoices?limit=50': 'GET /api/invoices?limit=50',
  '/audit?limit=50': 'GET /api/audit?limit=50',
  '/tickets?limit=50': 'GET /api/tickets?limit=50',
  '/messages?limit=50': 'GET /api/messages?limit=50',
};
const ANCHOR = 'nest-passport-hello';

/**
 * "Today" (issue 17): the build of main before the issue's changes, run beside the current build on the same database
 * in the same rounds (h.baseline), so that "now / today" compares moments of the same machine.
 */
const TODAY = '2c7076a';

export async function run(h) {
  const { url: databaseUrl, sql } = await h.database('lists', { seed: generateListData });
  const api = await h.api({ databaseUrl });
  const today = await h.api({ databaseUrl, root: h.baseline(TODAY) });
  const bearer = async (instance) => ({ authorization: `Bearer ${await instance.login()}` });
  const [headers, todayHeaders] = [await bearer(api), await bearer(today)];
  const anchor = await h.anchor(ANCHOR);
  const cases = {
    [ANCHOR]: { url: `${anchor.url}/hello`, headers: { authorization: `Bearer ${anchor.token}` } },
    ...Object.fromEntries(Object.keys(LISTS).map((path) => [path, { url: `${api.url}/api${path}`, headers }])),
    ...Object.fromEntries(Object.keys(LISTS).map((path) => [`today ${path}`, { url: `${today.url}/api${path}`, headers: todayHeaders }])),
  };
  // A 257 kB answer may not complete within the default half-second warm-up on a loaded machine.
  const rounds = await h.rounds(cases, { rounds: 3, duration: 2, connections: 10, warmup: 2 });
  await anchor.stop();
  await today.stop();
  await api.stop();
  const statements = await adminStatements(h, sql);
  const plans = {
    'The Admin’s first page of subscribers, its total from the running totals (InitPlan 1, run once)': await h.explain(
      sql,
      statements.subscribers.text,
      statements.subscribers.params,
    ),
    'GET /roles: 1,000 roles with their counts': await h.explain(sql, statements.roles.text, statements.roles.params),
  };

  const hello = rounds[ANCHOR].rps;
  const ratio = (path) => rounds[path].rps / hello;
  h.section('Every list page at 10 connections');
  h.text(
    `${ROLES.toLocaleString('en')} roles visible to the Admin, ${SUBSCRIBERS.toLocaleString('en')} subscribers with their invoices, ` +
      'payments, tickets, messages and audit entries; the Admin reads the first page of each list (so every page also ' +
      `counts its total). The cases alternate within each round with the bare ${ANCHOR} anchor and with the same pages of ` +
      `today's build (${TODAY}, main before issue 17) on the same database; figures are medians of 3 rounds of 2 s.`,
  );
  const gain = (path) => rounds[path].rps / rounds[`today ${path}`].rps;
  h.table(
    ['Page', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', '× anchor', `today (${TODAY}) req/s`, 'today p95 ms', 'now / today'],
    [
      [`bare Nest + passport-jwt \`GET /hello\``, ...figures(rounds[ANCHOR]), '1.000', '', '', ''],
      ...Object.entries(LISTS).map(([path, label]) => {
        const before = rounds[`today ${path}`];
        return [label, ...figures(rounds[path]), ratio(path).toFixed(3), Math.round(before.rps), before.p95.toFixed(2), `${gain(path).toFixed(2)}×`];
      }),
    ],
  );
  h.section('What changed, and what it does not reach');
  h.text(
    [
      '- **A total is counted only when it must be.** A keyset page read its rows and its capped total (`count(*)` over at most ' +
        '10,001 rows of the same scoped WHERE) as two queries on two pooled connections. A first page that holds every match is ' +
        'now its own total; a first page with more behind it is counted after it; any other page carries its total as an ' +
        'uncorrelated subquery of its own SELECT (an InitPlan, run once: one round trip). The subscribers (unless searched) and ' +
        'the invoices (unless narrowed to a subscriber or a time range) take their total from the running totals of migration ' +
        '1764000000560, summed operator by operator and stopped past 10,000 (the plan below: InitPlan 1). `GET /users` folds its ' +
        'exact count into its statement.',
      '- **`GET /roles` counts nothing.** Each role’s holders and permissions were two subqueries per role; on 1,000 ' +
        'roles the planner read all the accounts once per role (they are few here, so it chose a sequential scan 1,000 times: ' +
        '29 ms). Two grouped counts of the listed roles, joined, took 3.7 ms (most of it aggregating role_permissions). Each ' +
        'role’s counts are now kept by triggers in `role_counts` (migration 1764000000580), in the same transaction as the ' +
        'change: the list joins them (the plan below).',
      '- **Timestamps the server sets travel as text.** `GET /roles` parsed 2,000 timestamps into Dates per call, which the ' +
        'schema serializer printed back as the same strings; they are now selected as that text (`to_char`, milliseconds ' +
        'truncated exactly as a Date truncates them). The owner’s path, needed only to file audit entries, is no longer read ' +
        'for every listed role.',
      '- **Every answer goes through its schema** (fast-json-stringify, from the committed OpenAPI document), and the API now ' +
        'refuses to start if an operation’s schemas reach no route.',
      '- **Not reached:** `GET /roles` answers 257 kB; flattening the serializer’s string, the socket write and reading ' +
        '14,000 fields from pg are most of its CPU (a `--cpu-prof` of the built API under autocannon), and none of it can go ' +
        'without changing the answer. At 10 connections a page waits for the 9 before it on one event loop, so p95 ≤ 5 ms asks ' +
        'for ~0.5 ms of the API’s CPU per page of 50 rows, several times what parsing, building and writing them costs here.',
    ].join('\n'),
  );
  for (const [name, text] of Object.entries(plans)) h.plan(name, text);
  for (const path of ['/roles', '/subscribers?limit=50']) {
    h.check(
      `${LISTS[path]}: ≥ 3× today's throughput`,
      gain(path) >= 3,
      `${gain(path).toFixed(2)}× (${Math.round(rounds[path].rps)} vs ${Math.round(rounds[`today ${path}`].rps)} req/s, same rounds)`,
    );
  }
  const slow = Object.keys(LISTS).filter((path) => rounds[path].p95 > 5);
  h.check(
    'list pages p95 ≤ 5 ms at 10 connections',
    slow.length === 0,
    slow.length ? `over: ${slow.map((path) => `${LISTS[path]} ${rounds[path].p95.toFixed(1)} ms`).join(', ')}` : 'every page',
  );
}

/**
 * The statements the API sends for the Admin's /roles and first page of subscribers, captured from the built services
 * (apps/api/src roles/roles.service.ts, subscribers/subscribers.service.ts) on a database that records what it is asked.
 */
async function adminStatements(h, sql) {
  const dist = (file) => path.join(h.root, 'apps/api/dist', file);
  const { RolesService } = h.apiRequire(dist('roles/roles.service.js'));
  const { SubscribersService } = h.apiRequire(dist('subscribers/subscribers.service.js'));
  const [a] = (await sql.query(`SELECT id, path, branch_id FROM accounts WHERE type = 1 ORDER BY id LIMIT 1`)).rows;
  const admin = { id: a.id, type: 1, scope: null, branchId: a.branch_id, principalId: a.id, principalType: 1, principalPath: a.path };
  const { asked, db } = recordingDb(sql);
  await new RolesService(db).list(admin, {});
  await new SubscribersService(db).list(admin, { limit: 50 });
  return { roles: asked[0], subscribers: asked[1] };
}

const figures = (r) => [Math.round(r.rps), r.p50.toFixed(2), r.p95.toFixed(2), r.p99.toFixed(2)];
