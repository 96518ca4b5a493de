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
