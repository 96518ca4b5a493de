import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R12 as amended: each entry records where what it touched sits in the tree (`target_path`) and the deepest account
 * both its actor's principal and its target lie under (`reach_path`), so that a reader's reach over both is one
 * indexed range on the entry itself; session ids leave the visible fields for a column the API never returns.
 *
 * Existing entries are brought along once, with the append-only trigger held off for this transaction only:
 * sign-in, sign-out and refresh-reuse entries that targeted a session now target their account (the session id
 * moves to `session_id`), and `target_path` is derived from the target as it is now. Targets deleted since stay
 * NULL, which only the Admin's side reads.
 */
export class AuditReach1764000000100 implements MigrationInterface {
  name = 'AuditReach1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN target_path text, ADD COLUMN reach_path text, ADD COLUMN session_id uuid`);
    // A subtree reader's range (it replaces the range on the actor's principal alone).
    await q.query(`DROP INDEX audit_principal_path_idx`);
    await q.query(`CREATE INDEX audit_reach_path_idx ON audit_log (reach_path text_pattern_ops, id)`);
    // A finer histogram, so that a small subtree's range is estimated as small and read through this index
    // rather than by walking the whole log backwards.
    await q.query(`ALTER TABLE audit_log ALTER COLUMN reach_path SET STATISTICS 1000`);
    // A direct-scope reader's actors are its principal and its principal's staff: an equality walked in id order.
    await q.query(`CREATE INDEX audit_principal_idx ON audit_log (principal_id, id)`);

    await q.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await q.query(`
      UPDATE audit_log
         SET session_id = CASE WHEN target_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN target_id::uuid END,
             target_type = 'account', target_id = actor_id::text
       WHERE target_type = 'session'`);
    await q.query(`
      UPDATE audit_log e SET target_path = s.owner_path
        FROM subscribers s WHERE e.target_type = 'subscriber' AND e.target_id = s.id::text`);
    await q.query(`
      UPDATE audit_log e SET target_path = a.path
        FROM accounts a WHERE e.target_type = 'account' AND e.target_id = a.id::text`);
    await q.query(`
      UPDATE audit_log e SET target_path = o.path
        FROM roles r JOIN accounts o ON o.id = r.owner_id WHERE e.target_type = 'role' AND e.target_id = r.id::text`);
    // The longest prefix of the principal's path (whole segments) that the target's path starts with.
    await q.query(`
      UPDATE audit_log e SET reach_path = (
        SELECT prefix FROM (
          SELECT '/' || array_to_string(s.parts[1:i], '/') || '/' AS prefix, i
            FROM (SELECT string_to_array(btrim(e.principal_path, '/'), '/') AS parts) s, generate_series(1, cardinality(s.parts)) i
        ) prefixes
        WHERE starts_with(e.target_path, prefix) ORDER BY i DESC LIMIT 1)
      WHERE e.principal_path IS NOT NULL AND e.target_path IS NOT NULL`);
    await q.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_principal_idx`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN target_path, DROP COLUMN reach_path, DROP COLUMN session_id`);
    await q.query(`CREATE INDEX audit_principal_path_idx ON audit_log (principal_path text_pattern_ops, id)`);
  }
}
