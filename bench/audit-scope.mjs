// R12 at scale (issue 17 item 5): 1,000,000 audit entries across 10,000 operators and their managers, on a database
// of its own; the first and next page of GET /api/audit for the Admin, a big reseller, its direct- and subtree-scope
// managers and a sub-reseller: the exact SQL the API runs (captured from the built AuditService), its plan, and the
// page through the API.
import path from 'node:path';
import { keysetParts, recordingDb } from './harness.mjs';

export const title = 'The audit log at 1,000,000 entries';
export const order = 55;

const ENTRIES = 1_000_000;
const ROUNDS = 3;
// Seconds of warm-up per API case: on a loaded machine a cold page may not answer within the harness's default.
const WARMUP_S = 3;
const PER_ROUND = 40;

export async function run(h) {
  const { hashPassword } = h.apiRequire(path.join(h.root, 'apps/api/dist/auth/passwords.js'));
  const { url, sql } = await h.database('audit_scope');
  const started = Date.now();
  await generate(sql, await hashPassword(h.password));
  h.log(`audit data set built in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const account = async (where) =>
    (
      await sql.query(
        `SELECT a.id, a.type, a.scope, a.email, p.id AS principal_id, p.type AS principal_type, p.path AS principal_path
           FROM accounts a JOIN accounts p ON p.id = a.principal_id WHERE ${where} ORDER BY a.id LIMIT 1`,
      )
    ).rows[0];
  const reseller = await account(`a.type = 3`);
  const readers = [
    ['Admin', await account(`a.type = 1`)],
    [`reseller ${reseller.id}`, reseller],
    [`direct-scope manager of reseller ${reseller.id}`, await account(`a.type = 6 AND a.parent_id = ${reseller.id} AND a.scope = 'direct'`)],
    [`subtree-scope manager of reseller ${reseller.id}`, await account(`a.type = 6 AND a.parent_id = ${reseller.id} AND a.scope = 'subtree'`)],
    [`sub-reseller below reseller ${reseller.id}`, await account(`a.type = 4 AND a.parent_id = ${reseller.id}`)],
  ];
  const { AuditService } = h.apiRequire(path.join(h.root, 'apps/api/dist/audit/audit.service.js'));
  const pageQueries = async (caller, request) => {
    const { asked, db } = recordingDb(sql);
    const page = await new AuditService(db).list(caller, request);
    return { page, ...keysetParts(asked) };
  };

  const api = await h.api({ databaseUrl: url });
  const rows = [];
  const cases = {};
  for (const [who, a] of readers) {
    const caller = { id: a.id, type: a.type, scope: a.scope, principalId: a.principal_id, principalType: a.principal_type, principalPath: a.principal_path };
    const first = await pageQueries(caller, { limit: 50 });
    const next = await pageQueries(caller, { limit: 50, cursor: first.page.nextCursor ?? undefined });
    const timed = { first: [], next: [], count: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // A first page that holds every match is its own total: nothing is counted then.
      for (const [name, q] of [
        ['first', first.list],
        ['next', next.list],
        ['count', first.count ?? { text: 'SELECT 0', params: [] }],
      ]) {
        timed[name].push(await h.timeSql(sql, q.text, q.params, { n: PER_ROUND, warmup: 2 }));
      }
    }
    const t = (name) => ({ p50: h.median(timed[name].map((x) => x.p50)), p95: h.median(timed[name].map((x) => x.p95)) });
    const headers = { authorization: `Bearer ${await api.login(a.email)}` };
    cases[who] = { url: `${api.url}/api/audit?limit=50`, headers };
    rows.push({ who, visible: first.page.totalCapped ? '> 10,000' : first.page.total, first: t('first'), next: t('next'), count: t('count') });
    h.plan(`${who}: first page`, await h.explain(sql, first.list.text, first.list.params));
    if (who.startsWith('reseller')) h.plan(`${who}: its count (capped at 10,001)`, await h.explain(sql, first.count.text, first.count.params));
  }
  const http = await h.rounds(cases, { rounds: 3, duration: 2, connections: 1, warmup: WARMUP_S });
  await api.stop();

  h.text(
    `${ENTRIES.toLocaleString('en')} entries on the 10,000-operator tree of the scale data set (10% the Admin's side, 20% resellers' ` +
      "sides, 30% sub-resellers', 40% retailers'; each side the operator and its managers). An operator or a subtree-scope " +
      'manager reads `reach_path LIKE …` (index `(reach_path text_pattern_ops, id)`, statistics target 1000); a direct-scope manager ' +
      '`principal_id = …` (index `(principal_id, id)`). A first page is a walk of the primary key or of `(principal_id, id)` ' +
      'backwards (~50 buffers, well under 1 ms in PostgreSQL); what a page costs is its total: the count, capped at 10,001, tested ' +
      "R12's exceptions on target_type and target_path in the table (a reseller: ~5,500 heap pages). Both reach indexes now include " +
      'those two columns (migration 1764000000551), so both counts are index-only scans (~75 pages). A sub-reseller (~700 ' +
      'entries) sits on the edge between a bitmap scan of its range and a top-N sort (~730 pages) and the backward walk of the ' +
      'primary key (~2,200 pages): which one the planner takes follows the sampled estimate of its range; an index per tree ' +
      'level, as the subscribers have, would make it one ordered walk. ' +
      'The log only grows, so a query once counted past 10,000 stays past it: the API remembers it and counts it no more ' +
      '(its pages through the API below carry no count after the warm-up; the count column is what it costs when counted). ' +
      'A query under the cap is counted on a second connection while its page is read, so a page waits for the slower of the two. ' +
      'SQL: p50 / p95 in ms of the queries the API sends (captured from the built ' +
      `AuditService), ${ROUNDS} rounds of ${PER_ROUND}; through the API: \`GET /api/audit?limit=50\`, one client, 3 rounds of 2 s.`,
  );
  h.table(
    ['reader', 'entries visible', 'first page (SQL)', 'next page (SQL)', 'count (SQL)', 'first page via API p50 / p95', 'req/s'],
    rows.map((r) => [r.who, r.visible, ms(r.first), ms(r.next), ms(r.count), ms(http[r.who]), Math.round(http[r.who].rps)]),
  );
  for (const r of rows.filter((r) => /^reseller|direct-scope/.test(r.who))) {
    h.check(
      `${r.who}: first /api/audit page p95 ≤ 5 ms`,
      http[r.who].p95 <= 5,
      `${http[r.who].p95.toFixed(2)} ms through the API (page SQL ${r.first.p95.toFixed(2)} ms, count ${r.count.p95.toFixed(2)} ms beside it when counted)`,
    );
  }
}

const ms = (t) => `${t.p50.toFixed(2)} / ${t.p95.toFixed(2)}`;

/**
 * The tree of the scale data set (the Admin, 20 resellers, 1,000 sub-resellers, 8,979 retailers) with managers: two
 * per reseller (one direct-scope, one subtree-scope), one per sub-reseller, two for the Admin; then the entries.
 */
async function generate(sql, passwordHash) {
  await sql.query(`INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status)
                   SELECT 1, 'branch-bench' || t, 'bench', t, 1, 'skipped' FROM generate_series(2, 7) t`);
  await sql.query(
    `INSERT INTO role_permissions SELECT r.id, k FROM roles r, unnest(ARRAY['reports_module', 'activity_log']) k WHERE r.name LIKE 'branch-bench%'`,
  );
  const insertLevel = async (type, parentType, perParent, limitTotal, scope = 'direct') => {
    await sql.query(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, scope)
       SELECT 1, $1::smallint, 'acct', 'a' || $1::text || '-' || p.id || '-' || g || '-' || $5 || '@bench.test', $6, p.id, '',
              (SELECT id FROM roles WHERE name = 'branch-bench' || $1::text), $5
         FROM accounts p, generate_series(1, $2) g WHERE p.type = $3 ORDER BY p.id, g LIMIT $4`,
      [type, perParent, parentType, limitTotal, scope, passwordHash],
    );
    const staff = [2, 6, 7, 8].includes(type);
    await sql.query(
      `UPDATE accounts a SET path = p.path || a.id || '/', principal_id = ${staff ? 'p.id' : 'a.id'} FROM accounts p WHERE a.parent_id = p.id AND a.path = ''`,
    );
  };
  await insertLevel(2, 1, 2, 2);
  await insertLevel(3, 1, 20, 20);
  await insertLevel(6, 3, 1, 20, 'direct');
  await insertLevel(6, 3, 1, 20, 'subtree');
  await insertLevel(4, 3, 50, 1000);
  await insertLevel(7, 4, 1, 1000);
  await insertLevel(5, 4, 9, 8979);

  // Who acts: 10% the Admin's side, 20% resellers' sides, 30% sub-resellers', 40% retailers' (each side is the
  // operator and its managers). What: half subscriber changes (at a reseller or sub-reseller, 3 in 10 on a customer
  // of an operator below), 30% sign-ins, 15% account changes below, 5% role changes.
  await sql.query(`
    CREATE TABLE bench_actors AS
    SELECT CASE a.type WHEN 2 THEN 1 WHEN 6 THEN 3 WHEN 7 THEN 4 WHEN 8 THEN 5 ELSE a.type END AS level,
           row_number() OVER (PARTITION BY CASE a.type WHEN 2 THEN 1 WHEN 6 THEN 3 WHEN 7 THEN 4 WHEN 8 THEN 5 ELSE a.type END ORDER BY a.id) AS n,
           a.id, a.name, a.type, a.path, p.id AS principal_id, p.path AS principal_path,
           (SELECT c.path FROM accounts c WHERE c.parent_id = p.id AND c.id <> a.id ORDER BY c.id DESC LIMIT 1) AS below_path
      FROM accounts a JOIN accounts p ON p.id = a.principal_id`);
  await sql.query(`CREATE INDEX ON bench_actors (level, n)`);
  await sql.query(
    `
    WITH sizes AS (SELECT level, count(*) AS c FROM bench_actors GROUP BY level),
         picks AS (
           SELECT g, CASE WHEN g % 10 = 0 THEN 1 WHEN g % 10 < 3 THEN 3 WHEN g % 10 < 6 THEN 4 ELSE 5 END AS level,
                  (g / 10) % 20 AS what, (g / 200) % 10 AS below FROM generate_series(1, $1) g)
    INSERT INTO audit_log (at, actor_id, actor_name, actor_type, principal_id, principal_path, ip, action, target_type, target_id, target_label, target_path, reach_path, changes)
    SELECT now() - make_interval(secs => $1 - g), a.id, a.name, a.type, a.principal_id, a.principal_path, '10.0.0.1',
           CASE WHEN what < 10 THEN 'subscriber.update' WHEN what < 16 THEN 'auth.login' WHEN what < 19 THEN 'user.update' ELSE 'role.permissions.update' END,
           CASE WHEN what < 10 THEN 'subscriber' WHEN what < 19 THEN 'account' ELSE 'role' END,
           g::text, 'target ' || g,
           CASE WHEN what < 10 THEN (CASE WHEN below < 3 AND a.level < 5 THEN coalesce(a.below_path, a.principal_path) ELSE a.principal_path END)
                WHEN what < 16 THEN a.path
                WHEN what < 19 THEN coalesce(a.below_path, a.path)
                ELSE a.principal_path END,
           a.principal_path, -- every target above lies under the actor's principal, so that is the deepest common path
           '{"before": {"name": "a"}, "after": {"name": "b"}}'::jsonb
      FROM picks JOIN sizes s USING (level)
      JOIN bench_actors a ON a.level = picks.level AND a.n = 1 + abs(hashint8(picks.g)::bigint) % s.c
     ORDER BY g`,
    [ENTRIES],
  );
  await sql.query(`DROP TABLE bench_actors`);
  // As a running system's autovacuum leaves a bulk load: statistics, and the visibility map an index-only scan needs.
  await sql.query(`VACUUM ANALYZE`);
}
