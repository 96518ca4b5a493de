#!/usr/bin/env node
// R12 at scale: 1,000,000 audit entries across 10,000 operators and their managers, then the first page of
// GET /audit (the API's own AuditService and its reach condition) for the Admin, a big reseller, its direct- and
// subtree-scope managers and a sub-reseller: the plan of each (EXPLAIN ANALYZE) and the time per page.
// Needs `pnpm build`. Starts its own PostgreSQL. Takes a minute or two to generate the data.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../scripts/services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'apps/api/package.json'));
require('reflect-metadata');
const { createDataSource } = require(path.join(root, 'libs/db/dist/index.js'));
const { AuditService } = require(path.join(root, 'apps/api/dist/audit/audit.service.js'));
const { ScopedWhere } = require(path.join(root, 'apps/api/dist/common/keyset/scoped-where.js'));

const ENTRIES = 1_000_000;
const pg = await startPostgres({ dir: path.join(root, '.data/bench-audit-pg'), persistent: false });
const db = createDataSource(pg.url);
try {
  await db.initialize();
  await db.runMigrations({ transaction: 'all' });
  const t0 = Date.now();
  // The tree of bench/scoped-subscribers.mjs: the Admin, 20 resellers, 1,000 sub-resellers, 8,979 retailers;
  // managers: two per reseller (one direct-scope, one subtree-scope), one per sub-reseller, two for the Admin.
  await db.query(`INSERT INTO branches (slug, name) VALUES ('branch', 'branch')`);
  await db.query(`INSERT INTO roles (branch_id, name, display_name, type, defaults_status)
                  SELECT 1, 'branch-bench' || t, 'bench', t, 'skipped' FROM generate_series(1, 7) t`);
  await db.query(`INSERT INTO accounts (branch_id, type, name, email, password_hash, path, principal_id, role_id)
                  VALUES (1, 1, 'Admin', 'admin@bench.test', 'x', '/1/', 1, 1)`);
  const insertLevel = async (type, parentType, perParent, limitTotal, scope = 'direct') => {
    await db.query(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, scope)
       SELECT 1, $1::smallint, 'acct', 'a' || $1::text || '-' || p.id || '-' || g || '-' || $5 || '@bench.test', 'x', p.id, '', $1, $5
         FROM accounts p, generate_series(1, $2) g WHERE p.type = $3 ORDER BY p.id, g LIMIT $4`,
      [type, perParent, parentType, limitTotal, scope],
    );
    const staff = [2, 6, 7, 8].includes(type);
    await db.query(
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
  await db.query(`
    CREATE TEMP TABLE actors AS
    SELECT CASE a.type WHEN 2 THEN 1 WHEN 6 THEN 3 WHEN 7 THEN 4 WHEN 8 THEN 5 ELSE a.type END AS level,
           row_number() OVER (PARTITION BY CASE a.type WHEN 2 THEN 1 WHEN 6 THEN 3 WHEN 7 THEN 4 WHEN 8 THEN 5 ELSE a.type END ORDER BY a.id) AS n,
           a.id, a.name, a.type, a.path, p.id AS principal_id, p.path AS principal_path,
           (SELECT c.path FROM accounts c WHERE c.parent_id = p.id AND c.id <> a.id ORDER BY c.id DESC LIMIT 1) AS below_path
      FROM accounts a JOIN accounts p ON p.id = a.principal_id`);
  await db.query(`CREATE INDEX ON actors (level, n)`);
  await db.query(
    `
    WITH sizes AS (SELECT level, count(*) AS c FROM actors GROUP BY level),
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
      JOIN actors a ON a.level = picks.level AND a.n = 1 + abs(hashint8(picks.g)::bigint) % s.c
     ORDER BY g`,
    [ENTRIES],
  );
  await db.query(`ANALYZE`);
  const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM audit_log`);
  console.log(`generated ${total} entries in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const account = async (where) =>
    (
      await db.query(
        `SELECT a.*, p.type AS principal_type, p.path AS ppath FROM accounts a JOIN accounts p ON p.id = a.principal_id WHERE ${where} ORDER BY a.id LIMIT 1`,
      )
    )[0];
  const reseller = await account(`a.type = 3`);
  const readers = [
    ['Admin', await account(`a.type = 1`)],
    [`reseller ${reseller.id}`, reseller],
    [`direct-scope manager of reseller ${reseller.id}`, await account(`a.type = 6 AND a.parent_id = ${reseller.id} AND a.scope = 'direct'`)],
    [`subtree-scope manager of reseller ${reseller.id}`, await account(`a.type = 6 AND a.parent_id = ${reseller.id} AND a.scope = 'subtree'`)],
    [`sub-reseller below reseller ${reseller.id}`, await account(`a.type = 4 AND a.parent_id = ${reseller.id}`)],
  ];
  const callerOf = (a) => ({ id: a.id, type: a.type, scope: a.scope, principalId: a.principal_id, principalType: a.principal_type, principalPath: a.ppath });
  const service = new AuditService(db);
  const rows = [];
  for (const [who, a] of readers) {
    const caller = callerOf(a);
    const reach = ScopedWhere.auditReach(caller);
    const [{ visible }] = await db.query(`SELECT count(*)::int AS visible FROM audit_log e WHERE ${reach}`, reach.params);
    const plan = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM audit_log e WHERE ${reach} ORDER BY e.id DESC LIMIT 51`, reach.params))
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    const time = async (query, n = 100) => {
      for (let i = 0; i < 10; i++) await service.list(caller, query);
      const t = process.hrtime.bigint();
      let page;
      for (let i = 0; i < n; i++) page = await service.list(caller, query);
      return { ms: Number(process.hrtime.bigint() - t) / 1e6 / n, page };
    };
    const first = await time({ limit: 50 });
    const next = await time({ limit: 50, cursor: first.page.nextCursor ?? undefined });
    rows.push(`| ${who} | ${visible} | ${first.ms.toFixed(2)} | ${next.ms.toFixed(2)} | ${first.page.items.length} |`);
    console.log(`\n${who}: first page plan\n${plan}`);
  }
  console.log('\n| reader | entries visible | first page of 50 (ms) | next page (ms) | items |\n|---|---|---|---|---|');
  console.log(rows.join('\n'));
} finally {
  await db.destroy().catch(() => undefined);
  await pg.stop();
}
