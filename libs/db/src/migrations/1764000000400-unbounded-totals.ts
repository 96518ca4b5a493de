import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared running totals that no tenant can exhaust (issue 13, R14). payment_totals sums the payments of every
 * operator below an account, so one reseller's accepted payments could fill the root Admin's numeric(14,2) row and
 * make every other operator's payment of that day fail; the invoice counter is shared by a whole branch, and an
 * invoice's `paid` grows with every payment against it. Running totals become numeric(1000,2), the largest
 * precision PostgreSQL has (no sequence of requests reaches 10^998, and every value still reads with its 2 decimal
 * places, whoever writes it), counts and counters bigint. Balances stay numeric(14,2):
 * they are bounded per subscriber and operator (BALANCE_LIMIT, refused with a 409 at the request that would pass it).
 */
export class UnboundedTotals1764000000400 implements MigrationInterface {
  name = 'UnboundedTotals1764000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payment_totals ALTER COLUMN total TYPE numeric(1000,2), ALTER COLUMN count TYPE bigint`);
    await q.query(`ALTER TABLE invoice_counters ALTER COLUMN last_number TYPE bigint`);
    await q.query(`ALTER TABLE invoices ALTER COLUMN paid TYPE numeric(1000,2)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invoices ALTER COLUMN paid TYPE numeric(14,2)`);
    await q.query(`ALTER TABLE invoice_counters ALTER COLUMN last_number TYPE int`);
    await q.query(`ALTER TABLE payment_totals ALTER COLUMN total TYPE numeric(14,2), ALTER COLUMN count TYPE int`);
  }
}
