import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R10 as amended (issue 13): a subscriber's invoices, payments and ledger entries belong to it, so they are filed
 * (owner_id, owner_path) under the subscriber's owner, always:
 *
 * - At insert, whoever writes the row, the owner is copied from the subscriber under a KEY SHARE lock held until
 *   commit. A move locks the subscriber FOR UPDATE, so a row written during a move waits for it and is filed under
 *   the new owner, and a move waits for rows already being written, then re-files them with the rest.
 * - The ledger stays append-only except for re-filing a subscriber's entries under its new owner: an UPDATE that
 *   changes nothing but owner_id and owner_path.
 */
export class MoneyFollowsSubscriber1764000000410 implements MigrationInterface {
  name = 'MoneyFollowsSubscriber1764000000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION subscriber_owner_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT owner_id, owner_path INTO NEW.owner_id, NEW.owner_path FROM subscribers WHERE id = NEW.subscriber_id FOR KEY SHARE;
        RETURN NEW;
      END $$`);
    for (const table of ['invoices', 'payments']) {
      await q.query(`
        CREATE TRIGGER ${table}_subscriber_owner BEFORE INSERT ON ${table}
        FOR EACH ROW EXECUTE FUNCTION subscriber_owner_of_row()`);
    }
    await q.query(`
      CREATE TRIGGER ledger_entries_subscriber_owner BEFORE INSERT ON ledger_entries
      FOR EACH ROW WHEN (NEW.subscriber_id IS NOT NULL) EXECUTE FUNCTION subscriber_owner_of_row()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.subscriber_id IS NOT NULL AND to_jsonb(OLD) - 'owner_id' - 'owner_path' = to_jsonb(NEW) - 'owner_id' - 'owner_path' THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'ledger_entries is append-only: % is not allowed', TG_OP;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_entries is append-only: % is not allowed', TG_OP;
      END $$`);
    await q.query(`DROP TRIGGER ledger_entries_subscriber_owner ON ledger_entries`);
    await q.query(`DROP TRIGGER payments_subscriber_owner ON payments`);
    await q.query(`DROP TRIGGER invoices_subscriber_owner ON invoices`);
    await q.query(`DROP FUNCTION subscriber_owner_of_row`);
  }
}
