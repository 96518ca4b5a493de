import { Injectable } from '@nestjs/common';
import { CustomerScope, PermissionKey, scopedSql } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { Caller } from '../access/caller';
import { atMostTwoAtOnce } from '../access/fair-share';
import { accountScopeSql, customerScopeOf } from '../access/scope';
import { UsageRecorder } from '../access/usage-recorder';
import { moneySum, monthSalesSql, openInvoicesSql, subscriberCountsSql } from '../reports/reporting.sql';

type Money = string;
export interface Dashboard {
  subscribers?: { total: number; active: number; suspended: number; expired: number };
  users?: { total: number; byType: Record<string, number> };
  accounting?: { todayTakings: Money; monthTakings: Money; openInvoices: number; openAmount: Money };
  expiring?: { expired: number; expiringIn7Days: number };
  sales?: { period: string; invoiced: Money; paid: Money; count: number };
  payments?: { byDay: { day: string; total: Money; count: number }[] };
  tickets?: { open: number; pending: number; assignedToMe: number };
}

/**
 * The running totals of the caller's scope (R10): a subtree scope reads its principal's `subtree` rows, a
 * direct scope its principal's own (`direct`) rows. See migration 1764000000330.
 */
function paymentTotalsSql(scope: CustomerScope, caller: Caller, params: unknown[]): string {
  params.push(caller.principalId);
  return `t.account_id = $${params.length} AND t.subtree = ${'pathPrefix' in scope}`;
}

/**
 * GET /dashboard: each counter only with its home_* key, all within the caller's scope, the counters asked for
 * side by side, two at a time (R14: a request's share of the pool). Days are UTC days; "this month" is the current UTC month.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly usage: UsageRecorder,
  ) {}

  async dashboard(caller: Caller): Promise<Dashboard> {
    const can = (key: PermissionKey) => this.usage.uses(caller, key);
    const scope = customerScopeOf(caller);
    const [subscriberCounts, users, accounting, sales, payments, tickets] = await atMostTwoAtOnce([
      () => (can('home_subscriber_counter') || can('home_subscriber_expired_expiring') ? this.one(...subscriberCountsSql(scope)) : undefined),
      () => (can('home_user_counter') ? this.users(caller) : undefined),
      () => (can('home_accounting_counter') ? this.accounting(caller, scope) : undefined),
      () => (can('home_sales_invoice_reports') ? this.one(...monthSalesSql(scope)) : undefined),
      () => (can('home_payments_reports') ? this.paymentsByDay(caller, scope) : undefined),
      () => (can('ticket_module') ? this.tickets(caller, scope) : undefined),
    ] as const);
    const dashboard: Dashboard = {};
    if (can('home_subscriber_counter')) {
      const { total, active, suspended, expired } = subscriberCounts;
      dashboard.subscribers = { total, active, suspended, expired };
    }
    if (users) dashboard.users = users;
    if (accounting) dashboard.accounting = accounting;
    if (can('home_subscriber_expired_expiring')) {
      const { expired, expiringIn7Days } = subscriberCounts;
      dashboard.expiring = { expired, expiringIn7Days };
    }
    if (sales) dashboard.sales = sales;
    if (payments) dashboard.payments = payments;
    if (tickets) dashboard.tickets = tickets;
    return dashboard;
  }

  private async one(sql: string, params: unknown[]) {
    return (await this.db.query(sql, params))[0];
  }

  /** The accounts the caller manages (R11), by account type. */
  private async users(caller: Caller): Promise<Dashboard['users']> {
    const params: unknown[] = [];
    const rows: { type: number; count: number }[] = await this.db.query(
      `SELECT a.type, count(*)::int AS count FROM accounts a WHERE ${accountScopeSql(caller, 'a', params)} GROUP BY a.type ORDER BY a.type`,
      params,
    );
    return { total: rows.reduce((sum, r) => sum + r.count, 0), byType: Object.fromEntries(rows.map((r) => [String(r.type), r.count])) };
  }

  /** Takings today and this month from the running totals; invoices still open and what is left to pay on them. */
  private async accounting(caller: Caller, scope: CustomerScope): Promise<Dashboard['accounting']> {
    const totalsParams: unknown[] = [];
    const totalsWhere = paymentTotalsSql(scope, caller, totalsParams);
    // One after the other: this is one of the dashboard's two lanes (atMostTwoAtOnce).
    const takings = await this.one(
      `SELECT ${moneySum('t.total', `t.day = (now() AT TIME ZONE 'UTC')::date`)} AS "todayTakings", ${moneySum('t.total')} AS "monthTakings"
           FROM payment_totals t WHERE ${totalsWhere} AND t.day >= date_trunc('month', now() AT TIME ZONE 'UTC')::date`,
      totalsParams,
    );
    const open = await this.one(...openInvoicesSql(scope));
    return { ...takings, ...open };
  }

  /** Tickets still to be handled (open, pending), and those of them assigned to the caller. */
  private async tickets(caller: Caller, scope: CustomerScope): Promise<Dashboard['tickets']> {
    const params: unknown[] = [caller.id];
    const where = scopedSql(scope, 't', params);
    return this.one(
      `SELECT count(*) FILTER (WHERE t.status = 'open')::int AS open, count(*) FILTER (WHERE t.status = 'pending')::int AS pending,
              count(*) FILTER (WHERE t.assignee_id = $1)::int AS "assignedToMe"
         FROM tickets t WHERE t.status IN ('open', 'pending') AND ${where}`,
      params,
    );
  }

  /** Takings of each of the last 30 UTC days, today included, oldest first, days without payments as zero. */
  private async paymentsByDay(caller: Caller, scope: CustomerScope): Promise<Dashboard['payments']> {
    const params: unknown[] = [];
    const where = paymentTotalsSql(scope, caller, params);
    const byDay = await this.db.query(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, ${moneySum('t.total')} AS total, coalesce(sum(t.count), 0)::int AS count
         FROM generate_series((now() AT TIME ZONE 'UTC')::date - 29, (now() AT TIME ZONE 'UTC')::date, interval '1 day') AS d(day)
         LEFT JOIN payment_totals t ON t.day = d.day AND ${where}
        GROUP BY d.day ORDER BY d.day`,
      params,
    );
    return { byDay };
  }
}
