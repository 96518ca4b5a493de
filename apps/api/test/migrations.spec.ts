import { createDataSource } from '@tiergate/db';
import { createTestDatabase } from './support/harness';

/**
 * The entities and the hand-written migration describe the same tables: on a migrated database TypeORM
 * proposes no new table, column, type, default or nullability. It would drop what entities do not declare
 * (foreign keys, checks, partial and operator-class indexes live only in the migration), so drops are ignored.
 */
it('leaves nothing for migration:generate to find but the constraints only the migration declares', async () => {
  const db = await createDataSource(await createTestDatabase()).initialize();
  try {
    const { upQueries } = await db.driver.createSchemaBuilder().log();
    const changes = upQueries.map((q) => q.query).filter((q) => !/^(ALTER TABLE "\w+" DROP CONSTRAINT|DROP INDEX) /.test(q));
    expect(changes).toEqual([]);
    expect(upQueries.length).toBeGreaterThan(0); // the filter above really saw the migration's own constraints
  } finally {
    await db.destroy();
  }
});

it('refuses to update or delete audit entries at the database, whoever asks', async () => {
  const db = await createDataSource(await createTestDatabase()).initialize();
  try {
    await db.query(`INSERT INTO audit_log (actor_name, action) VALUES ('test', 'test.entry')`);
    await expect(db.query(`UPDATE audit_log SET action = 'changed'`)).rejects.toThrow('audit_log is append-only: UPDATE is not allowed');
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow('audit_log is append-only: DELETE is not allowed');
    expect(await db.query(`SELECT action FROM audit_log`)).toEqual([{ action: 'test.entry' }]);
  } finally {
    await db.destroy();
  }
});

it('gives every role that exists before role_versions a baseline version 1: its name and permissions, by "system"', async () => {
  const db = await createDataSource(await createTestDatabase()).initialize();
  try {
    // Back to before role_versions: the migrations after it are undone first.
    const last = async (): Promise<string> => (await db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`))[0].name;
    while ((await last()) !== 'RoleVersions1764000000500') await db.undoLastMigration();
    await db.undoLastMigration();
    const [{ id: branchId }] = await db.query(`INSERT INTO branches (slug, name) VALUES ('branch', 'branch') RETURNING id`);
    const [{ id: keyed }] = await db.query(
      `INSERT INTO roles (branch_id, name, display_name, type, defaults_status) VALUES ($1, 'branch-keyed', 'Keyed', 2, 'applied') RETURNING id`,
      [branchId],
    );
    const [{ id: empty }] = await db.query(
      `INSERT INTO roles (branch_id, name, display_name, type, defaults_status) VALUES ($1, 'branch-empty', 'Empty', 3, 'applied') RETURNING id`,
      [branchId],
    );
    await db.query(`INSERT INTO role_permissions (role_id, permission) VALUES ($1, 'subscriber_module'), ($1, 'add_subscriber')`, [keyed]);
    await db.runMigrations();
    expect(await db.query(`SELECT role_id, version, actor_id, actor_name, name, added, removed, permissions FROM role_versions ORDER BY role_id`)).toEqual([
      {
        role_id: keyed,
        version: 1,
        actor_id: null,
        actor_name: 'system',
        name: 'branch-keyed',
        added: ['add_subscriber', 'subscriber_module'],
        removed: [],
        permissions: ['add_subscriber', 'subscriber_module'],
      },
      { role_id: empty, version: 1, actor_id: null, actor_name: 'system', name: 'branch-empty', added: [], removed: [], permissions: [] },
    ]);
  } finally {
    await db.destroy();
  }
});
