import { Injectable, Logger } from '@nestjs/common';
import { BALANCE_LIMIT, FailedBilling, GenerationScope, InvoiceGenerationProgress, MAX_REPORTED_FAILURES, scopedSql } from '@tiergate/access';
import { AuditActor, BalanceLimitError, invoiceNumberSql, writeAudit } from '@tiergate/db';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/** Subscribers billed per transaction: a lock, a read and one statement writing their invoices, balances and ledger entries. */
export const GENERATION_BATCH_SIZE = 1000;

export const CLI_ACTOR: AuditActor = { id: null, name: 'cli', type: null, principalId: null, principalPath: null };
const SYSTEM_ACTOR: AuditActor = { id: null, name: 'system', type: null, principalId: null, principalPath: null };

export interface GenerationOutcome extends InvoiceGenerationProgress {
  /** The total billed by this run, a decimal string. */
  amount: string;
}

/** A locked subscriber not yet billed for the period, as read in its batch. */
export interface Due {
  id: number;
  branch_id: number;
  owner_id: number;
  owner_path: string;
  amount: string;
  balance: string;
  ok: boolean;
}

interface BatchOutcome {
  created: number;
  amount: string;
  failed: FailedBilling[];
}

/** Who is billed: active subscribers with a package, within the scope (R10), as conditions on `subscribers s`. */
function billableSql(scope: GenerationScope, params: unknown[]): string {
  return `s.status = 'active' AND s.package_id IS NOT NULL AND ${scopedSql(scope, 's', params)}`;
}

/**
 * Not yet billed for the period: one probe of the (subscriber, period) unique index per subscriber. `OFFSET 0` keeps
 * it a probe (as an anti-join the planner may read every invoice of the period for each batch), and the period is a
 * value the planner does not see (`(SELECT $n)`): by the statistics of the month being billed, which lag behind the
 * run filling it, it took the month's index as nearly empty and read all of the month's invoices for each probe.
 */
const NOT_BILLED_SQL = (period: string) =>
  `NOT EXISTS (SELECT 1 FROM invoices i WHERE i.subscriber_id = s.id AND i.period = (SELECT ${period}::text) AND i.status <> 'void' OFFSET 0)`;

/** Whether the invoice keeps the balance within its floor (R14, as moveMoney checks a single invoice); `floor` a parameter. */
const WITHIN_FLOOR_SQL = (floor: string) => `(p.price = 0 OR s.balance - p.price >= ${floor})`;

/** Why a subscriber was not billed: the message the API gives for the same invoice made by hand. */
const balanceLimitFailure = (r: { id: number; balance: string }): FailedBilling => ({
  subscriberId: r.id,
  reason: new BalanceLimitError('subscriber', -BALANCE_LIMIT, r.balance).message,
});

/** A statement and its parameters; a batch's three are exported for the benchmark to show their plans. */
export interface BatchQuery {
  text: string;
  params: unknown[];
}

const query = (m: EntityManager, q: BatchQuery) => m.query(q.text, q.params);

// A batch's statements find its subscribers through `s.id = ANY(…)` on the primary key: their cost follows the batch,
// never the table, so no plan can turn into a scan of all subscribers however many rows or invoices there are.

/**
 * Locks the subscribers of `ids` still billable in `scope` (one moved to another owner since the run started is no
 * longer the run's: R10) and not yet billed for `period` (a rerun locks, so rewrites, no row), in id order (two runs
 * never deadlock), held to commit: an invoice made by hand (which takes KEY SHARE first), another run's batch, a
 * payment or a move waits, so what is read next stays true and every number taken is used.
 */
export function lockBatchQuery(period: string, scope: GenerationScope, ids: number[]): BatchQuery {
  const params: unknown[] = [ids, period];
  const text = `SELECT s.id FROM subscribers s WHERE s.id = ANY($1::int[]) AND ${billableSql(scope, params)} AND ${NOT_BILLED_SQL('$2')} ORDER BY s.id FOR UPDATE`;
  return { text, params };
}

/**
 * Of the locked subscribers, those still not billed, with what their invoices are made of. A new statement: it sees
 * every invoice committed before the locks were granted; what it reads of a locked row stays true until commit.
 */
export function dueQuery(period: string, locked: number[]): BatchQuery {
  return {
    text: `SELECT s.id, a.branch_id, s.owner_id, s.owner_path, p.price::text AS amount, s.balance::text AS balance, ${WITHIN_FLOOR_SQL('$3')} AS ok
             FROM subscribers s JOIN accounts a ON a.id = s.owner_id JOIN packages p ON p.id = s.package_id
            WHERE s.id = ANY($1::int[]) AND ${NOT_BILLED_SQL('$2')} ORDER BY s.id`,
    params: [locked, period, -BALANCE_LIMIT],
  };
}

/**
 * The invoices, balances and ledger entries of `billed` (numbered `numbers`), from what was read under the locks.
 * Only balances that change are rewritten (a free package's invoice leaves its subscriber's row as it is); the
 * ledger takes the balance after from the UPDATE or, for those, the balance read.
 */
export function billQuery(period: string, billed: Due[], numbers: string[]): BatchQuery {
  const column = <K extends keyof Due>(key: K) => billed.map((d) => d[key]);
  return {
    text: `WITH batch AS (
             SELECT * FROM unnest($1::int[], $2::bigint[], $3::int[], $4::int[], $5::text[], $6::numeric[], $7::numeric[])
               AS x(id, n, branch_id, owner_id, owner_path, amount, balance)
           ), inserted AS (
             INSERT INTO invoices (branch_id, number, subscriber_id, owner_id, owner_path, period, amount)
             SELECT branch_id, ${invoiceNumberSql('n')}, id, owner_id, owner_path, $8, amount FROM batch ORDER BY id
             RETURNING id, number, subscriber_id, owner_id, owner_path, amount
           ), balances AS (
             UPDATE subscribers s SET balance = s.balance - i.amount FROM inserted i
              WHERE s.id = ANY($1::int[]) AND s.id = i.subscriber_id AND i.amount <> 0
             RETURNING s.id, s.balance
           ), ledger AS (
             INSERT INTO ledger_entries (subscriber_id, owner_id, owner_path, kind, amount, balance_after, ref_type, ref_id, note)
             SELECT i.subscriber_id, i.owner_id, i.owner_path, 'invoice', -i.amount, coalesce(b.balance, x.balance), 'invoice', i.id::text, i.number
               FROM inserted i JOIN batch x ON x.id = i.subscriber_id LEFT JOIN balances b ON b.id = i.subscriber_id
              ORDER BY i.subscriber_id
           )
           SELECT count(*)::int AS created, coalesce(sum(amount), 0)::text AS amount FROM inserted`,
    params: [column('id'), numbers, column('branch_id'), column('owner_id'), column('owner_path'), column('amount'), column('balance'), period],
  };
}

/**
 * Monthly invoices (API.md "Accounting"), for the worker's job and the CLI alike. Idempotent: a subscriber that
 * has an invoice for the period is skipped, and the partial unique index (subscriber, period) refuses a second
 * one even when two runs overlap. Each batch commits on its own with its invoices, numbers, balances and ledger
 * entries; one audit entry sums the run up. One subscriber never stops the run (R14): one whose invoice would take
 * its balance past the floor is left out by the batch's SQL, and if the batch still fails on some row's data, its
 * subscribers are billed one by one; either way the ones not billed are reported in `failed` and everyone else is.
 */
@Injectable()
export class InvoiceGenerationService {
  private readonly logger = new Logger(InvoiceGenerationService.name);

  constructor(private readonly db: DataSource) {}

  /** What a run would do now, writing nothing (`--dry-run`). */
  async preview(period: string, scope: GenerationScope): Promise<GenerationOutcome> {
    const params: unknown[] = [period, -BALANCE_LIMIT];
    const [row] = await this.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE due AND ok)::int AS created, count(*) FILTER (WHERE NOT due)::int AS skipped,
              coalesce(sum(price) FILTER (WHERE due AND ok), 0)::text AS amount,
              coalesce((json_agg(json_build_object('id', id, 'balance', balance) ORDER BY id) FILTER (WHERE due AND NOT ok)), '[]') AS failed
         FROM (SELECT s.id, s.balance::text AS balance, p.price, ${NOT_BILLED_SQL('$1')} AS due, ${WITHIN_FLOOR_SQL('$2')} AS ok
                 FROM subscribers s JOIN packages p ON p.id = s.package_id WHERE ${billableSql(scope, params)}) billable`,
      params,
    );
    const failed = row.failed.slice(0, MAX_REPORTED_FAILURES).map(balanceLimitFailure);
    return { done: row.total, total: row.total, created: row.created, skipped: row.skipped, failed, amount: row.amount };
  }

  async generate(
    period: string,
    scope: GenerationScope,
    actor: AuditActor,
    onProgress: (progress: InvoiceGenerationProgress) => Promise<unknown> | void = () => undefined,
  ): Promise<GenerationOutcome> {
    // Who is billable when the run starts, read once (an id each: 4 MB at a million), then billed in batches.
    const params: unknown[] = [];
    const ids: number[] = (await this.db.query(`SELECT s.id FROM subscribers s WHERE ${billableSql(scope, params)} ORDER BY s.id`, params)).map(
      (r: { id: number }) => r.id,
    );
    const progress: InvoiceGenerationProgress = { done: 0, total: ids.length, created: 0, skipped: 0, failed: [] };
    let cents = 0n;
    let failures = 0;
    await onProgress({ ...progress });
    for (let start = 0; start < ids.length; start += GENERATION_BATCH_SIZE) {
      const batch = ids.slice(start, start + GENERATION_BATCH_SIZE);
      const billed = await this.billBatchOrEach(period, scope, batch);
      cents += toCents(billed.amount);
      failures += billed.failed.length;
      progress.done += batch.length;
      progress.created += billed.created;
      progress.skipped += batch.length - billed.created - billed.failed.length;
      progress.failed = [...progress.failed, ...billed.failed].slice(0, MAX_REPORTED_FAILURES);
      await onProgress({ ...progress });
    }
    const outcome = { ...progress, amount: fromCents(cents) };
    await this.db.transaction(async (m) =>
      writeAudit(m, actor, {
        action: 'invoice.generate',
        targetType: 'invoice-run',
        targetId: period,
        targetLabel: `Invoices for ${period}`,
        targetPath: await this.scopePath(m, scope),
        changes: { period, scope, created: outcome.created, skipped: outcome.skipped, failed: failures, amount: outcome.amount },
      }),
    );
    this.logger.log(`invoices for ${period}: ${outcome.created} created, ${outcome.skipped} skipped, ${failures} not billed`);
    return outcome;
  }

  /** The requesting account as the audit actor; "system" if it no longer exists. */
  async actorOf(accountId: number): Promise<AuditActor> {
    const [row] = await this.db.query(
      `SELECT a.id, a.name, a.type, a.principal_id, p.path AS principal_path FROM accounts a JOIN accounts p ON p.id = a.principal_id WHERE a.id = $1`,
      [accountId],
    );
    return row ? { id: row.id, name: row.name, type: row.type, principalId: row.principal_id, principalPath: row.principal_path } : SYSTEM_ACTOR;
  }

  /**
   * One batch in one transaction; should a row's data still make it fail (an overflow, a constraint: SQLSTATE
   * classes 22 and 23), each of its subscribers in a transaction of its own, so that only the faulty ones fail.
   * Any other error (the database is away, a deadlock) fails the run, which BullMQ retries.
   */
  private async billBatchOrEach(period: string, scope: GenerationScope, ids: number[]): Promise<BatchOutcome> {
    try {
      return await this.db.transaction((m) => this.billBatch(m, period, scope, ids));
    } catch (e) {
      if (!isDataFault(e)) throw e;
      this.logger.warn(`invoices for ${period}: a batch failed (${e.message}); billing its subscribers one by one`);
    }
    const outcome: BatchOutcome = { created: 0, amount: '0', failed: [] };
    let cents = 0n;
    for (const id of ids) {
      try {
        const billed = await this.db.transaction((m) => this.billBatch(m, period, scope, [id]));
        outcome.created += billed.created;
        cents += toCents(billed.amount);
        outcome.failed.push(...billed.failed);
      } catch (e) {
        if (!isDataFault(e)) throw e;
        outcome.failed.push({ subscriberId: id, reason: e.message });
      }
    }
    return { ...outcome, amount: fromCents(cents) };
  }

  /**
   * Bills the subscribers of `ids` not yet billed for `period`, but for those whose invoice would take their balance
   * below the floor (returned as failed), under locks taken first (lockBatchQuery). The numbers come from the
   * branch's counter in a transaction of their own (takeInvoiceNumbers), so that no other operator's invoice waits
   * for this batch (R14).
   */
  private async billBatch(m: EntityManager, period: string, scope: GenerationScope, ids: number[]): Promise<BatchOutcome> {
    const locked: { id: number }[] = await query(m, lockBatchQuery(period, scope, ids));
    const due: Due[] = await query(
      m,
      dueQuery(
        period,
        locked.map((r) => r.id),
      ),
    );
    const failed = due.filter((d) => !d.ok).map(balanceLimitFailure);
    const billed = due.filter((d) => d.ok);
    if (billed.length === 0) return { created: 0, amount: '0', failed };
    const next = await this.takeInvoiceNumbers(billed.map((d) => d.branch_id));
    const numbers = billed.map((d) => String(next.get(d.branch_id)!.value++));
    const [row] = await query(m, billQuery(period, billed, numbers));
    return { created: row.created, amount: row.amount, failed };
  }

  /**
   * The next free number of each branch, after taking one number per entry of `branches` (a branch once per invoice
   * it needs), in a transaction of its own: each counter row is held for a moment, not for the batch (R14). Numbers
   * stay gapless because the batch that takes them cannot fail on its data by then (its rows are locked and
   * checked); only a crash between this commit and the batch's leaves a gap (docs/decisions.md).
   */
  private takeInvoiceNumbers(branches: number[]): Promise<Map<number, { value: bigint }>> {
    const counts = new Map<number, number>();
    for (const b of branches) counts.set(b, (counts.get(b) ?? 0) + 1);
    return this.db.transaction(async (m) => {
      const next = new Map<number, { value: bigint }>();
      for (const [branch, taken] of [...counts].sort(([a], [b]) => a - b)) {
        const [{ last }] = await m.query(
          `INSERT INTO invoice_counters AS c (branch_id, last_number) VALUES ($1, $2)
           ON CONFLICT (branch_id) DO UPDATE SET last_number = c.last_number + excluded.last_number RETURNING last_number::text AS last`,
          [branch, taken],
        );
        next.set(branch, { value: BigInt(last) - BigInt(taken) + 1n });
      }
      return next;
    });
  }

  /** Where the run's audit entry sits: the scope's operator, whose side reads it (the whole installation: the Admin's). */
  private async scopePath(m: EntityManager, scope: GenerationScope): Promise<string | null> {
    if ('pathPrefix' in scope) return scope.pathPrefix;
    const [owner] = await m.query(`SELECT path FROM accounts WHERE id = $1`, [scope.ownerId]);
    return owner?.path ?? null;
  }
}

/** SQLSTATE classes 22 (data exception, e.g. numeric field overflow) and 23 (integrity constraint): a row's data is at fault. */
function isDataFault(e: unknown): e is QueryFailedError {
  const code = (e as { driverError?: { code?: unknown } }).driverError?.code;
  return e instanceof QueryFailedError && typeof code === 'string' && /^2[23]/.test(code);
}

function toCents(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
}

function fromCents(cents: bigint): string {
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}
