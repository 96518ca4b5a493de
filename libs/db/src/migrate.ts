import { DataSource, EntityManager } from 'typeorm';

/** Any fixed number: every process that migrates takes the same PostgreSQL advisory lock. */
const MIGRATION_LOCK = 7_160_002;

/**
 * Runs pending migrations, then `afterwards` (e.g. first-run setup), while holding an advisory lock,
 * so that several API instances starting together do it once.
 */
export async function migrate(db: DataSource, afterwards?: (m: EntityManager) => Promise<void>): Promise<void> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
    await db.runMigrations({ transaction: 'all' });
    if (afterwards) await db.transaction(afterwards);
  } finally {
    await runner.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
