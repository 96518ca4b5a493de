import { BadRequestException, Injectable } from '@nestjs/common';
import { PAYMENT_METHODS, PaymentMethod } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { Caller } from '../access/caller';
import { customerScopeOf, customerScopeSql } from '../access/scope';
import { UsageRecorder } from '../access/usage-recorder';
import { SummaryQuery } from './dto/summary.query';
import { moneySum, subscriberCountsSql } from './reporting.sql';

type Money = string;
export interface PaymentsSection {
  total: Money;
  count: number;
  byDay: { day: string; total: Money; count: number }[];
  byMethod: Record<PaymentMethod, Money>;
  byOperator: { ownerId: number; ownerName: string; total: Money; count: number }[];
}
export type InvoiceTally = { count: number; amount: Money };
export interface InvoicesSection {
  issued: InvoiceTally;
  paid: InvoiceTally;
  open: InvoiceTally;
  void: InvoiceTally;
}
export interface Summary {
  from: string;
  to: string;
  payments?: PaymentsSection;
  invoices?: InvoicesSection;
  subscribers?: { active: number; suspended: number; expired: number; expiringIn7Days: number };
}

/**
 * GET /reports/summary: each section only with its permission (absent otherwise), all within the caller's
 * scope (R10). Payments and invoices count what happened in [from, to); subscribers are the state now.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly usage: UsageRecorder,
  ) {}

  async summary(caller: Caller, query: SummaryQuery): Promise<Summary> {
    const [{ from, to }] = await this.db.query(
      `SELECT coalesce($1::timestamptz, date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS "from",
              coalesce($2::timestamptz, (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC') AS "to"`,
      [query.from ?? null, query.to ?? null],
    );
    if (from >= to) throw new BadRequestException('from must be before to');
    const can = (key: 'payment_reports' | 'invoice_reports' | 'subscriber_reports') => this.usage.uses(caller, key);
    const [payments, invoices, subscribers] = await Promise.all([
      can('payment_reports') ? this.payments(caller, from, to) : undefined,
      can('invoice_reports') ? this.invoices(caller, from, to) : undefined,
      can('subscriber_reports') ? this.subscribers(caller) : undefined,
    ]);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      ...(payments && { payments }),
      ...(invoices && { invoices }),
      ...(subscribers && { subscribers }),
    };
  }

  /** Not-voided payments received in the range, summed whole, by UTC day, by method and by owner in one pass. */
  private async payments(caller: Caller, from: Date, to: Date): Promise<PaymentsSection> {
    const params: unknown[] = [from, to];
    const scope = customerScopeSql(caller, 'p', params);
    const rows: { kind: 'all' | 'day' | 'method' | 'owner'; day: string; method: string; ownerId: number; ownerName: string; total: Money; count: number }[] =
      await this.db.query(
        `WITH g AS (
           SELECT CASE GROUPING(day, p.method, p.owner_id) WHEN 7 THEN 'all' WHEN 3 THEN 'day' WHEN 5 THEN 'method' ELSE 'owner' END AS kind,
                  day, p.method, p.owner_id, ${moneySum('p.amount')} AS total, count(*)::int AS count
             FROM payments p, to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
            WHERE p.voided_at IS NULL AND p.created_at >= $1 AND p.created_at < $2 AND ${scope}
            GROUP BY GROUPING SETS ((), (day), (p.method), (p.owner_id)))
         SELECT g.kind, g.day, g.method, g.owner_id AS "ownerId", a.name AS "ownerName", g.total, g.count
           FROM g LEFT JOIN accounts a ON a.id = g.owner_id
          ORDER BY g.kind, g.day, g.owner_id`,
        params,
      );
    const all = rows.find((r) => r.kind === 'all')!;
    const byMethod = Object.fromEntries(PAYMENT_METHODS.map((m) => [m, rows.find((r) => r.kind === 'method' && r.method === m)?.total ?? '0.00']));
    return {
      total: all.total,
      count: all.count,
      byDay: rows.filter((r) => r.kind === 'day').map(({ day, total, count }) => ({ day, total, count })),
      byMethod: byMethod as PaymentsSection['byMethod'],
      byOperator: rows.filter((r) => r.kind === 'owner').map(({ ownerId, ownerName, total, count }) => ({ ownerId, ownerName, total, count })),
    };
  }

  /** Invoices for the billing periods the range covers (not by when they were written): all (issued), and by status now. */
  private async invoices(caller: Caller, from: Date, to: Date): Promise<InvoicesSection> {
    const params: unknown[] = [firstPeriodFrom(from), firstPeriodFrom(to)];
    const scope = customerScopeSql(caller, 'i', params);
    const tally = (name: string, filter: string) =>
      `json_build_object('count', count(*) FILTER (WHERE ${filter}), 'amount', ${moneySum('i.amount', filter)}) AS "${name}"`;
    const [row] = await this.db.query(
      `SELECT ${tally('issued', 'true')}, ${tally('paid', `i.status = 'paid'`)}, ${tally('open', `i.status = 'open'`)}, ${tally('void', `i.status = 'void'`)}
         FROM invoices i WHERE i.period >= $1 AND i.period < $2 AND ${scope}`,
      params,
    );
    return row;
  }

  private async subscribers(caller: Caller) {
    const [{ active, suspended, expired, expiringIn7Days }] = await this.db.query(...subscriberCountsSql(customerScopeOf(caller)));
    return { active, suspended, expired, expiringIn7Days };
  }
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The first billing period (a UTC month, `YYYY-MM`) that starts at or after `t` taken to its nearest UTC midnight: a
 * period is in [from, to) when its first day is. The rounding lets a month picked in the panel's time zone (its
 * midnight is up to 14 hours off UTC's) be that month.
 */
export function firstPeriodFrom(t: Date): string {
  const day = new Date(Math.round(t.getTime() / DAY_MS) * DAY_MS);
  const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + (day.getUTCDate() === 1 ? 0 : 1), 1));
  return start.toISOString().slice(0, 7);
}
