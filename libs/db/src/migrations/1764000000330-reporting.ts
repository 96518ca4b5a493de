import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports and dashboard (issue 9 item 5). A reseller's dashboard must answer in 100 ms at 10 million payments,
 * so takings are read from running totals rather than summed from payments:
 *
 * payment_totals holds, per UTC day and method, the not-voided payments of every account's customer base twice
 * over: `subtree` rows (the account's own customers and those of every operator below it, R10 for operators and
 * subtree-scope managers) and a `direct` row (its own customers only, R10 for direct-scope managers). A trigger on
 * payments keeps them in the same transaction as the payment or its void, so no code path can forget them; a
 * payment touches one row per level of its owner's path plus the direct row.
 *
 * The other counters are index-only scans over the caller's range (covering indexes below).
 */
/** Fills payment_totals from the payments table in one set-based pass (the backfill; bulk loads with the trigger off). */
export const REBUILD_PAYMENT_TOTALS_SQL = `
  INSERT INTO payment_totals (account_id, subtree, day, method, total, count)
  SELECT a.id, a.subtree, g.day, g.method, sum(g.total), sum(g.count)
    FROM (SELECT owner_id, owner_path, (created_at AT TIME ZONE 'UTC')::date AS day, method, sum(amount) AS total, count(*) AS count
            FROM payments WHERE voided_at IS NULL GROUP BY 1, 2, 3, 4) g
   CROSS JOIN LATERAL (SELECT s.id::int AS id, true AS subtree FROM unnest(string_to_array(trim(BOTH '/' FROM g.owner_path), '/')) AS s(id)
                       UNION ALL SELECT g.owner_id, false) a
   GROUP BY 1, 2, 3, 4`;

export class Reporting1764000000330 implements MigrationInterface {
  name = 'Reporting1764000000330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payment_totals (
        account_id int NOT NULL REFERENCES accounts(id),
        subtree boolean NOT NULL,
        day date NOT NULL,
        method text NOT NULL,
        total numeric(14,2) NOT NULL,
        count int NOT NULL,
        PRIMARY KEY (account_id, subtree, day, method)
      )`);
    // Adds (sign 1) or takes back (sign -1) one payment; the ancestors come from the owner's path, root first,
    // so concurrent payments lock the rows in the same order.
    await q.query(`
      CREATE FUNCTION payment_totals_add(p payments, sign int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO payment_totals AS t (account_id, subtree, day, method, total, count)
        SELECT a.id, a.subtree, (p.created_at AT TIME ZONE 'UTC')::date, p.method, sign * p.amount, sign
          FROM (SELECT s.id::int AS id, true AS subtree, s.n
                  FROM unnest(string_to_array(trim(BOTH '/' FROM p.owner_path), '/')) WITH ORDINALITY AS s(id, n)
                UNION ALL SELECT p.owner_id, false, 1000) a
         ORDER BY a.n
        ON CONFLICT (account_id, subtree, day, method)
        DO UPDATE SET total = t.total + excluded.total, count = t.count + excluded.count
      $$`);
    await q.query(`
      CREATE FUNCTION payment_totals_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.voided_at IS NULL THEN PERFORM payment_totals_add(NEW, 1); END IF;
        ELSE
          IF OLD.voided_at IS NULL THEN PERFORM payment_totals_add(OLD, -1); END IF;
          IF NEW.voided_at IS NULL THEN PERFORM payment_totals_add(NEW, 1); END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER payments_totals AFTER INSERT OR UPDATE OF amount, method, created_at, voided_at, owner_id, owner_path ON payments
      FOR EACH ROW EXECUTE FUNCTION payment_totals_track()`);
    await q.query(REBUILD_PAYMENT_TOTALS_SQL);

    // Subscriber counters and expiry alerts: index-only over the caller's range.
    await q.query(`CREATE INDEX subscribers_owner_path_status_idx ON subscribers (owner_path text_pattern_ops) INCLUDE (status, expires_at)`);
    await q.query(`CREATE INDEX subscribers_owner_status_idx ON subscribers (owner_id) INCLUDE (status, expires_at)`);
    // Open invoices (dashboard) and a month's sales: index-only over the caller's range.
    await q.query(`CREATE INDEX invoices_open_owner_path_idx ON invoices (owner_path text_pattern_ops) INCLUDE (amount, paid) WHERE status = 'open'`);
    await q.query(`CREATE INDEX invoices_open_owner_idx ON invoices (owner_id) INCLUDE (amount, paid) WHERE status = 'open'`);
    await q.query(
      `CREATE INDEX invoices_period_owner_path_idx ON invoices (period, owner_path text_pattern_ops) INCLUDE (amount, paid) WHERE status <> 'void'`,
    );
    await q.query(`CREATE INDEX invoices_period_owner_idx ON invoices (period, owner_id) INCLUDE (amount, paid) WHERE status <> 'void'`);
    // Reports over a date range.
    await q.query(`CREATE INDEX payments_created_at_idx ON payments (created_at)`);
    await q.query(`CREATE INDEX invoices_created_at_idx ON invoices (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX invoices_created_at_idx, payments_created_at_idx, invoices_period_owner_idx, invoices_period_owner_path_idx,
                   invoices_open_owner_idx, invoices_open_owner_path_idx, subscribers_owner_status_idx, subscribers_owner_path_status_idx`);
    await q.query(`DROP TRIGGER payments_totals ON payments`);
    await q.query(`DROP FUNCTION payment_totals_track, payment_totals_add`);
    await q.query(`DROP TABLE payment_totals`);
  }
}
