// The scale data set of the benchmarks: 10,000 operators (20 resellers, 1,000 sub-resellers, 8,979 retailers),
// a staff role per operator type, and 1,000,000 subscribers of which the first reseller's subtree holds 100,000.
export async function generateOperatorsAndSubscribers(db, passwordHash) {
  await db.query(`INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status)
                  SELECT 1, 'branch-bench' || t, 'bench', t, 1, 'skipped' FROM generate_series(3, 6) t`);
  await db.query(
    `INSERT INTO role_permissions SELECT r.id, k FROM roles r, unnest(ARRAY['subscriber_module','subscriber_profile']) k WHERE r.name LIKE 'branch-bench%'`,
  );
  const roleOf = async (t) => (await db.query(`SELECT id FROM roles WHERE name = $1`, [`branch-bench${t}`]))[0].id;
  const insertLevel = async (type, parentType, perParent, limitTotal) => {
    await db.query(
      `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id)
       SELECT 1, $1::smallint, 'op', 'op' || $1::text || '-' || p.id || '-' || g || '@bench.test', $2, p.id, '', $3
         FROM accounts p, generate_series(1, $4) g WHERE p.type = $5 LIMIT $6`,
      [type, passwordHash, await roleOf(type), perParent, parentType, limitTotal],
    );
    await db.query(`UPDATE accounts a SET path = p.path || a.id || '/', principal_id = a.id FROM accounts p WHERE a.parent_id = p.id AND a.path = ''`);
  };
  await insertLevel(3, 1, 20, 20);
  await insertLevel(4, 3, 50, 1000);
  await insertLevel(5, 4, 9, 8979);
  const [big] = await db.query(`SELECT id, path, email FROM accounts WHERE type = 3 ORDER BY id LIMIT 1`);
  await db.query(
    `WITH everyone AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(path ORDER BY id) AS paths FROM accounts WHERE type IN (1, 3, 4, 5)),
          mine AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(path ORDER BY id) AS paths FROM accounts WHERE type IN (3, 4, 5) AND path LIKE $1),
          picked AS (SELECT g, CASE WHEN g <= 100000 THEN 1 + (g::bigint * 7919) % array_length(mine.ids, 1) ELSE 1 + (g::bigint * 7919) % array_length(everyone.ids, 1) END AS i
                       FROM generate_series(1, 1000000) g, everyone, mine)
     INSERT INTO subscribers (username, name, phone, owner_id, owner_path, status, expires_at)
     SELECT 'u' || g, 'Name ' || g, '017' || lpad(g::text, 8, '0'),
            CASE WHEN g <= 100000 THEN mine.ids[i] ELSE everyone.ids[i] END,
            CASE WHEN g <= 100000 THEN mine.paths[i] ELSE everyone.paths[i] END,
            'active', now() + interval '30 days'
       FROM picked, everyone, mine`,
    [`${big.path}%`],
  );
  // As a running system's autovacuum leaves a bulk load: statistics, and the visibility map an index-only scan needs.
  await db.query(`VACUUM ANALYZE`);
  return { big, roleOf };
}
