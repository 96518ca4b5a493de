import { CustomerScope, scopedSql } from '@tiergate/access';

/** A sum of money as API.md shows it: a decimal string with 2 places, "0.00" when nothing was summed. */
export const moneySum = (expression: string, filter?: string) =>
  `coalesce(sum(${expression})${filter ? ` FILTER (WHERE ${filter})` : ''}, 0)::numeric(1000,2)::text`;

export interface SubscriberCounts {
  total: number;
  active: number;
  suspended: number;
  expired: number;
  /** Active, and their paid time ends within the next 7 days. */
  expiringIn7Days: number;
}

/**
 * The operators of a customer scope (R10) as `a`: for a subtree a range scan of accounts_path_idx on its path prefix,
 * for a direct scope its one owner. The running totals (migrations 1764000000330, 1764000000560) are kept per
 * operator, so a scope's figure is the sum of its operators' rows.
 */
export function scopeOperatorsSql(scope: CustomerScope, params: unknown[]): string {
  params.push('ownerId' in scope ? scope.ownerId : `${scope.pathPrefix}%`);
  return 'ownerId' in scope ? `a.id = $${params.length}` : `a.path LIKE $${params.length}`;
}

/**
 * The subscribers in scope by status, from the per-operator running totals (subscriber_counts); those expiring in
 * the next 7 days depend on the clock, so they are counted from subscribers_active_expiry_idx, a range per operator.
 */
export function subscriberCountsSql(scope: CustomerScope): [string, unknown[]] {
  const params: unknown[] = [];
  const operators = scopeOperatorsSql(scope, params);
  const count = (status: string) => `coalesce(sum(c.count) FILTER (WHERE c.status = '${status}'), 0)::int AS ${status}`;
  return [
    `SELECT coalesce(sum(c.count), 0)::int AS total, ${count('active')}, ${count('suspended')}, ${count('expired')},
            (SELECT count(*)::int FROM accounts a JOIN subscribers s ON s.owner_id = a.id
              WHERE ${operators} AND s.status = 'active' AND s.expires_at >= now() AND s.expires_at < now() + interval '7 days') AS "expiringIn7Days"
       FROM accounts a JOIN subscriber_counts c ON c.owner_id = a.id WHERE ${operators}`,
    params,
  ];
}

/**
 * A list's total from the per-operator running totals (`counts`, as `c`; migration 1764000000560): the rows of `scope`
 * that match `filters` (SQL over `a` and `c` → the value it must equal; an undefined value filters nothing), summed
 * operator by operator and stopped once past `cap`, so that a scope of a million rows reads a few hundred; exact up
 * to `cap`. Its parameters are appended to `params`.
 */
export function runningTotalSql(
  counts: 'subscriber_counts' | 'invoice_totals',
  scope: CustomerScope,
  filters: Record<string, unknown>,
  cap: number,
  params: unknown[],
): string {
  const conditions = [scopeOperatorsSql(scope, params)];
  for (const [sql, value] of Object.entries(filters)) if (value !== undefined) conditions.push(`${sql} = $${params.push(value)}`);
  const from = `FROM accounts a JOIN ${counts} c ON c.owner_id = a.id WHERE ${conditions.join(' AND ')}`;
  return `coalesce((SELECT running FROM (SELECT sum(c.count) OVER (ROWS UNBOUNDED PRECEDING) AS running ${from}) r WHERE running > ${cap} LIMIT 1),
                   (SELECT sum(c.count) ${from}), 0)::int`;
}

/** Invoices still open in scope and what is left to pay on them (the dashboard), from invoice_totals. */
export function openInvoicesSql(scope: CustomerScope): [string, unknown[]] {
  const params: unknown[] = [];
  return [
    `SELECT coalesce(sum(t.count), 0)::int AS "openInvoices", ${moneySum('t.amount - t.paid')} AS "openAmount"
       FROM accounts a JOIN invoice_totals t ON t.owner_id = a.id AND t.status = 'open' WHERE ${scopeOperatorsSql(scope, params)}`,
    params,
  ];
}

/**
 * This month's invoices (period = the current UTC month, void ones left out): billed and paid so far, from
 * invoice_totals. The month is a subquery, so that it is worked out once (an InitPlan) and the totals' key can use it,
 * not once per row of invoice_totals.
 */
export function monthSalesSql(scope: CustomerScope): [string, unknown[]] {
  const params: unknown[] = [];
  const thisMonth = `(SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM'))`;
  return [
    `SELECT ${thisMonth} AS period, ${moneySum('t.amount')} AS invoiced, ${moneySum('t.paid')} AS paid, coalesce(sum(t.count), 0)::int AS count
       FROM accounts a JOIN invoice_totals t ON t.owner_id = a.id AND t.status IN ('open', 'paid') AND t.period = ${thisMonth}
      WHERE ${scopeOperatorsSql(scope, params)}`,
    params,
  ];
}

export const DAY_MS = 24 * 3600 * 1000;

/**
 * Not-voided payments received in [from, to), summed whole, by UTC day, by method and by owner in one pass (rows
 * of `kind` all, day, method, owner). The whole UTC days of the range come from the owners' running totals
 * (payment_totals' per-owner `direct` rows), the part of a day at either end from the payments themselves.
 */
export function paymentsSummarySql(scope: CustomerScope, from: Date, to: Date): [string, unknown[]] {
  const params: unknown[] = [from, to, new Date(Math.ceil(from.getTime() / DAY_MS) * DAY_MS), new Date(Math.floor(to.getTime() / DAY_MS) * DAY_MS)];
  const operators = scopeOperatorsSql(scope, params);
  const payments = scopedSql(scope, 'p', params);
  return [
    `WITH r AS (
       SELECT to_char(t.day, 'YYYY-MM-DD') AS day, t.method, t.account_id AS owner_id, t.total AS amount, t.count
         FROM accounts a JOIN payment_totals t ON t.account_id = a.id AND NOT t.subtree AND t.count <> 0
              AND t.day >= ($3::timestamptz AT TIME ZONE 'UTC')::date AND t.day < ($4::timestamptz AT TIME ZONE 'UTC')::date
        WHERE ${operators}
       UNION ALL
       SELECT to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), p.method, p.owner_id, p.amount, 1
         FROM payments p
        WHERE p.voided_at IS NULL AND ${payments}
          AND ((p.created_at >= $1 AND p.created_at < least($2, $3)) OR (p.created_at >= greatest($1, $4) AND p.created_at < $2))),
     g AS (
       SELECT CASE GROUPING(r.day, r.method, r.owner_id) WHEN 7 THEN 'all' WHEN 3 THEN 'day' WHEN 5 THEN 'method' ELSE 'owner' END AS kind,
              r.day, r.method, r.owner_id, ${moneySum('r.amount')} AS total, coalesce(sum(r.count), 0)::int AS count
         FROM r GROUP BY GROUPING SETS ((), (r.day), (r.method), (r.owner_id)))
     SELECT g.kind, g.day, g.method, g.owner_id AS "ownerId", a.name AS "ownerName", g.total, g.count
       FROM g LEFT JOIN accounts a ON a.id = g.owner_id
      ORDER BY g.kind, g.day, g.owner_id`,
    params,
  ];
}

/**
 * Invoices for the billing periods [fromPeriod, toPeriod) (`YYYY-MM`): all (issued), and by status now, from
 * invoice_totals.
 */
export function invoicesSummarySql(scope: CustomerScope, fromPeriod: string, toPeriod: string): [string, unknown[]] {
  const params: unknown[] = [fromPeriod, toPeriod];
  const operators = scopeOperatorsSql(scope, params);
  const tally = (name: string, filter: string) =>
    `json_build_object('count', coalesce(sum(t.count) FILTER (WHERE ${filter}), 0)::int, 'amount', ${moneySum('t.amount', filter)}) AS "${name}"`;
  return [
    `SELECT ${tally('issued', 'true')}, ${tally('paid', `t.status = 'paid'`)}, ${tally('open', `t.status = 'open'`)}, ${tally('void', `t.status = 'void'`)}
       FROM accounts a JOIN invoice_totals t ON t.owner_id = a.id AND t.period >= $1 AND t.period < $2 WHERE ${operators}`,
    params,
  ];
}
