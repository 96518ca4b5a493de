import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /roles stops counting every listed role's holders and keys on each call (issue 17: for 1,000 roles the
 * aggregate over role_permissions was most of the statement's 3.7 ms). role_counts holds, per role, the accounts
 * that hold it and the keys it grants, kept by triggers in the same transaction as every change, whoever writes it
 * (the API, the worker's predefined permissions, a cascade). A table of its own rather than columns of roles: the
 * usage recorder updates roles.last_used_at of many roles in one statement, and a counter there would make account
 * changes and those flushes lock the same rows. A role's counts change only with its own holders and keys, which
 * its owner's tree manages (R14). No row reads as zero (the list joins with coalesce).
 */
export const REBUILD_ROLE_COUNTS_SQL = `
  INSERT INTO role_counts (role_id, holders, permissions)
  SELECT r.id, (SELECT count(*) FROM accounts a WHERE a.role_id = r.id), (SELECT count(*) FROM role_permissions p WHERE p.role_id = r.id)
    FROM roles r`;

/** Adds `delta` to a column of role_counts for each role of a transition table's rows (statement-level triggers). */
const countFunction = (name: string, column: 'holders' | 'permissions', rows: 'added' | 'removed', delta: 1 | -1) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO role_counts AS c (role_id, ${column})
    SELECT role_id, ${delta} * count(*) FROM ${rows} WHERE EXISTS (SELECT 1 FROM roles r WHERE r.id = ${rows}.role_id)
     GROUP BY 1 ORDER BY 1
    ON CONFLICT (role_id) DO UPDATE SET ${column} = c.${column} + excluded.${column};
    RETURN NULL;
  END $$`;

export class RoleCounts1764000000580 implements MigrationInterface {
  name = 'RoleCounts1764000000580';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE role_counts (
        role_id int PRIMARY KEY REFERENCES roles(id) ON DELETE CASCADE,
        holders int NOT NULL DEFAULT 0,
        permissions int NOT NULL DEFAULT 0
      )`);
    // A deleted role's rows go with it (the cascade), so a count is only added for a role that is still there.
    await q.query(countFunction('role_counts_holders_added', 'holders', 'added', 1));
    await q.query(countFunction('role_counts_holders_removed', 'holders', 'removed', -1));
    await q.query(countFunction('role_counts_permissions_added', 'permissions', 'added', 1));
    await q.query(countFunction('role_counts_permissions_removed', 'permissions', 'removed', -1));
    for (const [table, column] of [
      ['accounts', 'holders'],
      ['role_permissions', 'permissions'],
    ]) {
      await q.query(`
        CREATE TRIGGER ${table}_role_counted_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION role_counts_${column}_added()`);
      await q.query(`
        CREATE TRIGGER ${table}_role_counted_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS removed
        FOR EACH STATEMENT EXECUTE FUNCTION role_counts_${column}_removed()`);
    }
    // An account given another role moves from one count to the other: both rows in key order, so that two such
    // changes never wait on each other crosswise.
    await q.query(`
      CREATE FUNCTION role_counts_holder_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO role_counts AS c (role_id, holders)
        SELECT d.role_id, d.n FROM (VALUES (OLD.role_id, -1), (NEW.role_id, 1)) d(role_id, n)
         WHERE EXISTS (SELECT 1 FROM roles r WHERE r.id = d.role_id) ORDER BY 1
        ON CONFLICT (role_id) DO UPDATE SET holders = c.holders + excluded.holders;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER accounts_role_counted_change AFTER UPDATE OF role_id ON accounts
      FOR EACH ROW WHEN (OLD.role_id IS DISTINCT FROM NEW.role_id) EXECUTE FUNCTION role_counts_holder_moved()`);
    await q.query(REBUILD_ROLE_COUNTS_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER accounts_role_counted_change ON accounts`);
    for (const table of ['accounts', 'role_permissions']) {
      for (const trigger of ['insert', 'delete']) await q.query(`DROP TRIGGER ${table}_role_counted_${trigger} ON ${table}`);
    }
    await q.query(`DROP FUNCTION role_counts_holder_moved, role_counts_holders_added, role_counts_holders_removed,
                   role_counts_permissions_added, role_counts_permissions_removed`);
    await q.query(`DROP TABLE role_counts`);
  }
}
