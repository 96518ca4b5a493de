import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R15: a grant may carry an expiry. It stops counting at `expires_at` (every read filters `expires_at > now()`),
 * and the worker deletes it then, with an audit entry by "system". Revokes never expire.
 */
export class ExpiringGrants1764000000520 implements MigrationInterface {
  name = 'ExpiringGrants1764000000520';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE account_permissions ADD COLUMN expires_at timestamptz,
        ADD CONSTRAINT account_permissions_expiry_on_grants CHECK (expires_at IS NULL OR effect = 'grant')`);
    // The worker's sweep looks for grants past their moment.
    await q.query(`CREATE INDEX account_permissions_expires_at ON account_permissions (expires_at) WHERE expires_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX account_permissions_expires_at`);
    await q.query(`ALTER TABLE account_permissions DROP CONSTRAINT account_permissions_expiry_on_grants, DROP COLUMN expires_at`);
  }
}
