import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money reads at scale (issue 17 item 4): the dashboard and the summary report stop recounting subscribers and
 * invoices on every call. Running totals per operator (the owner of the counted rows), kept by triggers in the
 * same transaction as every change, whoever writes it (API, worker, a move, a cascade):
 *
 * - subscriber_counts: subscribers per owner and status;
 * - invoice_totals: invoices per owner, status and billing period, with their amounts and what was paid on them.
 *
 * Tenant-safe (R14): a change touches only its own owner's rows (two owners' on a move, locked in key order), so
 * no row is shared by operators and one operator's burst never waits on another's. A subtree's figure sums the
 * rows of the operators in it, found by a range scan of accounts_path_idx: a few rows per operator instead of
 * every subscriber or invoice. The subscribers about to expire depend on the clock, so they are counted with an
 * index that makes them a range scan per operator (subscribers_active_expiry_idx).
 */
export const REBUILD_MONEY_COUNTERS_SQL = [
  `INSERT INTO subscriber_counts (owner_id, status, count) SELECT owner_id, status, count(*) FROM subscribers GROUP BY 1, 2`,
  `INSERT INTO invoice_totals (owner_id, status, period, count, amount, paid)
   SELECT owner_id, status, period, count(*), sum(amount), sum(paid) FROM invoices GROUP BY 1, 2, 3`,
];

export class MoneyCounters1764000000560 implements MigrationInterface {
  name = 'MoneyCounters1764000000560';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE subscriber_counts (
        owner_id int NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        status text NOT NULL,
        count bigint NOT NULL,
        PRIMARY KEY (owner_id, status)
      )`);
    await q.query(`
      CREATE TABLE invoice_totals (
        owner_id int NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        status text NOT NULL,
        period text NOT NULL,
        count bigint NOT NULL,
        amount numeric(1000,2) NOT NULL,
        paid numeric(1000,2) NOT NULL,
        PRIMARY KEY (owner_id, status, period)
      )`);
    // Inserts are counted once per statement (billing writes thousands of invoices in one), from the rows the
    // statement wrote. A change or delete takes the row's old key back and adds its new key in one statement, keys
    // in order, so that two transactions changing the same owners' rows lock them in the same order.
    await q.query(`
      CREATE FUNCTION subscriber_counts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO subscriber_counts AS c (owner_id, status, count)
        SELECT owner_id, status, count(*) FROM inserted GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (owner_id, status) DO UPDATE SET count = c.count + excluded.count;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION subscriber_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO subscriber_counts AS c (owner_id, status, count)
        SELECT d.owner_id, d.status, sum(d.n)
          FROM (SELECT OLD.owner_id, OLD.status, -1 UNION ALL SELECT NEW.owner_id, NEW.status, 1 WHERE TG_OP = 'UPDATE') d(owner_id, status, n)
         GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (owner_id, status) DO UPDATE SET count = c.count + excluded.count;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION invoice_totals_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO invoice_totals AS t (owner_id, status, period, count, amount, paid)
        SELECT owner_id, status, period, count(*), sum(amount), sum(paid) FROM inserted GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (owner_id, status, period)
        DO UPDATE SET count = t.count + excluded.count, amount = t.amount + excluded.amount, paid = t.paid + excluded.paid;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION invoice_totals_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO invoice_totals AS t (owner_id, status, period, count, amount, paid)
        SELECT d.owner_id, d.status, d.period, sum(d.n), sum(d.n * d.amount), sum(d.n * d.paid)
          FROM (SELECT OLD.owner_id, OLD.status, OLD.period, -1, OLD.amount, OLD.paid
                UNION ALL SELECT NEW.owner_id, NEW.status, NEW.period, 1, NEW.amount, NEW.paid WHERE TG_OP = 'UPDATE') d(owner_id, status, period, n, amount, paid)
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (owner_id, status, period)
        DO UPDATE SET count = t.count + excluded.count, amount = t.amount + excluded.amount, paid = t.paid + excluded.paid;
        RETURN NULL;
      END $$`);
    for (const [table, counter] of [
      ['subscribers', 'subscriber_counts'],
      ['invoices', 'invoice_totals'],
    ]) {
      await q.query(`
        CREATE TRIGGER ${table}_counted_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION ${counter}_insert()`);
      await q.query(`CREATE TRIGGER ${table}_counted_delete AFTER DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${counter}_change()`);
    }
    await q.query(`
      CREATE TRIGGER subscribers_counted_change AFTER UPDATE OF owner_id, status ON subscribers
      FOR EACH ROW WHEN ((OLD.owner_id, OLD.status) IS DISTINCT FROM (NEW.owner_id, NEW.status))
      EXECUTE FUNCTION subscriber_counts_change()`);
    await q.query(`
      CREATE TRIGGER invoices_counted_change AFTER UPDATE OF owner_id, status, period, amount, paid ON invoices
      FOR EACH ROW WHEN ((OLD.owner_id, OLD.status, OLD.period, OLD.amount, OLD.paid) IS DISTINCT FROM (NEW.owner_id, NEW.status, NEW.period, NEW.amount, NEW.paid))
      EXECUTE FUNCTION invoice_totals_change()`);
    for (const sql of REBUILD_MONEY_COUNTERS_SQL) await q.query(sql);
    await q.query(`CREATE INDEX subscribers_active_expiry_idx ON subscribers (owner_id, expires_at) WHERE status = 'active'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX subscribers_active_expiry_idx`);
    for (const table of ['subscribers', 'invoices']) {
      for (const trigger of ['insert', 'delete', 'change']) await q.query(`DROP TRIGGER ${table}_counted_${trigger} ON ${table}`);
    }
    await q.query(`DROP FUNCTION invoice_totals_change, invoice_totals_insert, subscriber_counts_change, subscriber_counts_insert`);
    await q.query(`DROP TABLE invoice_totals, subscriber_counts`);
  }
}
