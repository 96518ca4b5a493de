import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounting (API.md "Accounting"): invoices numbered per branch without gaps, payments, and an append-only
 * ledger with the balance after each movement. Money is numeric(14,2), exact. Every row that belongs to an
 * operator's customer base copies its owner's id and path, so R10 scope is an index range as for subscribers.
 * Used through SQL (apps/api/src/accounting), so these tables have no entities.
 */
export class Accounting1764000000300 implements MigrationInterface {
  name = 'Accounting1764000000300';

  async up(q: QueryRunner): Promise<void> {
    // The last number given per branch; taking the next one locks the row until the invoice commits, so
    // numbers have no gaps even under concurrency (a rolled-back invoice gives its number back).
    await q.query(`
      CREATE TABLE invoice_counters (
        branch_id int PRIMARY KEY REFERENCES branches(id),
        last_number int NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE invoices (
        id serial PRIMARY KEY,
        branch_id int NOT NULL REFERENCES branches(id),
        number text NOT NULL,
        subscriber_id int NOT NULL REFERENCES subscribers(id),
        owner_id int NOT NULL REFERENCES accounts(id),
        owner_path text NOT NULL,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        amount numeric(14,2) NOT NULL CHECK (amount >= 0),
        paid numeric(14,2) NOT NULL DEFAULT 0 CHECK (paid >= 0),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid', 'void')),
        due_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        voided_at timestamptz,
        CONSTRAINT invoices_number_unique UNIQUE (branch_id, number)
      )`);
    // At most one invoice per subscriber and period; a voided one is kept for the record and frees the period.
    await q.query(`CREATE UNIQUE INDEX invoices_subscriber_period_unique ON invoices (subscriber_id, period) WHERE status <> 'void'`);
    await q.query(`CREATE INDEX invoices_owner_path_idx ON invoices (owner_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX invoices_owner_idx ON invoices (owner_id, id)`);
    await q.query(`CREATE INDEX invoices_subscriber_idx ON invoices (subscriber_id, id)`);
    await q.query(`
      CREATE TABLE payments (
        id serial PRIMARY KEY,
        subscriber_id int NOT NULL REFERENCES subscribers(id),
        owner_id int NOT NULL REFERENCES accounts(id),
        owner_path text NOT NULL,
        invoice_id int REFERENCES invoices(id),
        amount numeric(14,2) NOT NULL CHECK (amount > 0),
        method text NOT NULL CHECK (method IN ('cash', 'bank', 'mobile', 'card', 'other')),
        reference text,
        received_by int REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        voided_at timestamptz
      )`);
    await q.query(`CREATE INDEX payments_owner_path_idx ON payments (owner_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX payments_owner_idx ON payments (owner_id, id)`);
    await q.query(`CREATE INDEX payments_subscriber_idx ON payments (subscriber_id, id)`);
    await q.query(`CREATE INDEX payments_invoice_idx ON payments (invoice_id) WHERE invoice_id IS NOT NULL`);
    // One row per movement of money: an operator's balance (account_id) or a subscriber's (subscriber_id).
    await q.query(`
      CREATE TABLE ledger_entries (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        account_id int REFERENCES accounts(id),
        subscriber_id int REFERENCES subscribers(id),
        owner_id int NOT NULL REFERENCES accounts(id),
        owner_path text NOT NULL,
        kind text NOT NULL,
        amount numeric(14,2) NOT NULL,
        balance_after numeric(14,2) NOT NULL,
        ref_type text,
        ref_id text,
        note text,
        CHECK ((account_id IS NULL) <> (subscriber_id IS NULL))
      )`);
    await q.query(`CREATE INDEX ledger_owner_path_idx ON ledger_entries (owner_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX ledger_owner_idx ON ledger_entries (owner_id, id)`);
    await q.query(`CREATE INDEX ledger_account_idx ON ledger_entries (account_id, id) WHERE account_id IS NOT NULL`);
    await q.query(`CREATE INDEX ledger_subscriber_idx ON ledger_entries (subscriber_id, id) WHERE subscriber_id IS NOT NULL`);
    // The ledger is a record, like the audit log: corrections are new entries, never edits.
    await q.query(`
      CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_entries is append-only: % is not allowed', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`);
    await q.query(`
      CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger_entries, payments, invoices, invoice_counters`);
    await q.query(`DROP FUNCTION ledger_append_only`);
  }
}
