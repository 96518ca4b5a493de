import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R15's access review: when each account last exercised each key, and when each role was last exercised by an
 * account holding it (for the unused roles, which nobody holds any more). Written in batches by the API's
 * UsageRecorder (apps/api/src/access), at most once per key per account per hour and instance; read through SQL.
 */
export class PermissionUsage1764000000510 implements MigrationInterface {
  name = 'PermissionUsage1764000000510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE permission_usage (
        account_id int NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        permission text NOT NULL,
        last_used_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, permission)
      )`);
    await q.query(`ALTER TABLE roles ADD COLUMN last_used_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE roles DROP COLUMN last_used_at`);
    await q.query(`DROP TABLE permission_usage`);
  }
}
