import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling per (email, client address) with a per-email hourly ceiling, replacing the per-account
 * lock that anyone could trigger against the owner; and the rotated refresh secrets that reuse detection
 * compares with. Both are used through SQL only (apps/api/src/auth), so they have no entities.
 */
export class LoginAttempts1764000000000 implements MigrationInterface {
  name = 'LoginAttempts1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // Keyed by the email as typed (normalised), not the account: unknown emails are throttled the same way.
    await q.query(`
      CREATE TABLE login_attempts (
        email text NOT NULL,
        address text NOT NULL,
        failures int NOT NULL,
        locked_until timestamptz,
        last_failed_at timestamptz NOT NULL,
        PRIMARY KEY (email, address)
      )`);
    // The failures of the last hour across every address, oldest first (at most the ceiling's 100).
    await q.query(`
      CREATE TABLE login_ceilings (
        email text PRIMARY KEY,
        failed_at timestamptz[] NOT NULL
      )`);
    await q.query(`
      CREATE TABLE rotated_refresh_hashes (
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        refresh_hash text NOT NULL,
        PRIMARY KEY (session_id, refresh_hash)
      )`);
    await q.query(`ALTER TABLE accounts DROP COLUMN failed_logins, DROP COLUMN locked_until`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE accounts ADD COLUMN failed_logins int NOT NULL DEFAULT 0, ADD COLUMN locked_until timestamptz`);
    await q.query(`DROP TABLE rotated_refresh_hashes, login_ceilings, login_attempts`);
  }
}
