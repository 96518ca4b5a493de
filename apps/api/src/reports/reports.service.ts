import { BadRequestException, Injectable } from '@nestjs/common';
import { PAYMENT_METHODS, PaymentMethod } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { Caller } from '../access/caller';
import { atMostTwoAtOnce } from '../access/fair-share';
import { customerScopeOf } from '../access/scope';
import { UsageRecorder } from '../access/usage-recorder';
import { SummaryQuery } from './dto/summary.query';
import { DAY_MS, invoicesSummarySql, paymentsSummarySql, subscriberCountsSql } from './reporting.sql';

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
    const [payments, invoices, subscribers] = await atMostTwoAtOnce([
      () => (can('payment_reports') ? this.payments(caller, from, to) : undefined),
      () => (can('invoice_reports') ? this.invoices(caller, from, to) : undefined),
      () => (can('subscriber_reports') ? this.subscribers(caller) : undefined),
    ] as const);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      ...(payments && { payments }),
      ...(invoices && { invoices }),
      ...(subscribers && { subscribers }),
    };
  }

  /** Not-voided payments received in the range, summed whole, by UTC day, by method and by owner. */
  private async payments(caller: Caller, from: Date, to: Date): Promise<PaymentsSection> {
    const rows: { kind: 'all' | 'day' | 'method' | 'owner'; day: string; method: string; ownerId: number; ownerName: string; total: Money; count: number }[] =
      await this.db.query(...paymentsSummarySql(customerScopeOf(caller), from, to));
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
    const [row] = await this.db.query(...invoicesSummarySql(customerScopeOf(caller), firstPeriodFrom(from), firstPeriodFrom(to)));
    return row;
  }

  private async subscribers(caller: Caller) {
    const [{ active, suspended, expired, expiringIn7Days }] = await this.db.query(...subscriberCountsSql(customerScopeOf(caller)));
    return { active, suspended, expired, expiringIn7Days };
  }
}

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
