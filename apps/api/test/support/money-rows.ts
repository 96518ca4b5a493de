import { DataSource } from 'typeorm';

/**
 * Payments and invoices inserted directly (as the payments and invoices endpoints would leave them), for the
 * reports, dashboard and matrix tests. Each row copies its subscriber's owner, as the real endpoints do.
 */
export async function insertPayment(
  db: DataSource,
  subscriberId: number,
  amount: string,
  options: { method?: string; at?: string; voided?: boolean } = {},
): Promise<number> {
  const [{ id }] = await db.query(
    `INSERT INTO payments (subscriber_id, owner_id, owner_path, amount, method, created_at, voided_at)
     SELECT id, owner_id, owner_path, $2, $3, coalesce($4::timestamptz, now()), CASE WHEN $5 THEN now() END FROM subscribers WHERE id = $1 RETURNING id`,
    [subscriberId, amount, options.method ?? 'cash', options.at ?? null, options.voided ?? false],
  );
  return id;
}

let invoiceCounter = 0;

export async function insertInvoice(
  db: DataSource,
  subscriberId: number,
  amount: string,
  options: { paid?: string; status?: 'open' | 'paid' | 'void'; period?: string; at?: string } = {},
): Promise<number> {
  const [{ id }] = await db.query(
    `INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount, paid, status, created_at)
     SELECT a.branch_id, $2, s.id, s.owner_id, s.owner_path, coalesce($5, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM')), $3, $4, $6, coalesce($7::timestamptz, now())
       FROM subscribers s JOIN accounts a ON a.id = s.owner_id WHERE s.id = $1 RETURNING id`,
    [subscriberId, `TEST-${++invoiceCounter}-${Date.now()}`, amount, options.paid ?? '0', options.period ?? null, options.status ?? 'open', options.at ?? null],
  );
  return id;
}
