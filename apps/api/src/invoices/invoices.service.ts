import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditAction, currentPeriod, InvoiceGenerationProgress, invoiceGenerationJobId } from '@tiergate/access';
import { invoiceNumberSql, moveMoney, writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { auditActorOf, Caller } from '../access/caller';
import { customerScopeOf } from '../access/scope';
import { negateMoney } from '../common/money';
import { KeysetList, KeysetPage, keysetPage } from '../common/keyset/keyset-page';
import { ScopedWhere } from '../common/keyset/scoped-where';
import { MAX_COUNTED_TOTAL } from '../common/page-limit';
import { runningTotalSql } from '../reports/reporting.sql';
import { conflictOnDuplicate } from '../common/unique-violation';
import { lockSubscriberInScope, lockSubscriberOf } from '../subscribers/subscriber-records';
import { CreateInvoiceDto } from './dto/create-invoice.dto';
import { InvoiceSort, ListInvoicesQuery } from './dto/list-invoices.query';
import { UpdateInvoiceDto } from './dto/update-invoice.dto';
import { InvoiceGenerationQueue } from './invoice-generation.queue';
import { INVOICE_VIEW_COLUMNS, InvoiceView, ListedInvoiceView } from './invoice.view';
import { ApiException } from '../common/api.exception';

type InvoiceRow = InvoiceView & { ownerPath: string };

/** GET /invoices sorts by these columns (`dueAt` may be NULL: no due date, after every date). */
const INVOICE_LIST: KeysetList<InvoiceSort> = {
  id: 'i.id',
  sorts: {
    createdAt: { sql: 'i.created_at', type: 'timestamptz' },
    number: { sql: 'i.number', type: 'text' },
    period: { sql: 'i.period', type: 'text' },
    amount: { sql: 'i.amount', type: 'numeric' },
    status: { sql: 'i.status', type: 'text' },
    dueAt: { sql: 'i.due_at', type: 'timestamptz', nullable: true },
  },
};

/** BullMQ's job states as GET /invoices/jobs/:jobId reports them. */
const JOB_STATES: Record<string, string> = { active: 'running', completed: 'completed', failed: 'failed' };

/**
 * Invoices (API.md "Accounting"). Every query goes through the caller's customer scope (R10): out of scope is
 * "not found". Issuing, editing and voiding an invoice move the subscriber's balance (ledger) in the same
 * transaction as the change and its audit entry. Locks are taken subscriber (KEY SHARE, against a concurrent
 * move) → counter → invoice → the subscriber's balance, so concurrent changes queue up instead of deadlocking.
 */
@Injectable()
export class InvoicesService {
  constructor(
    private readonly db: DataSource,
    private readonly generation: InvoiceGenerationQueue,
  ) {}

  async list(caller: Caller, query: ListInvoicesQuery): Promise<KeysetPage<ListedInvoiceView>> {
    const where = ScopedWhere.customers(caller, 'i')
      .filter('i.status = ?', query.status)
      .filter('i.subscriber_id = ?', query.subscriberId)
      .filter('i.period = ?', query.period)
      .filter('i.created_at >= ?::timestamptz', query.from)
      .filter('i.created_at < ?::timestamptz', query.to);
    // Unless a subscriber or a time range narrows it, the total is the running totals' (invoices per owner, status and period).
    const total =
      (query.subscriberId ?? query.from ?? query.to)
        ? undefined
        : (params: unknown[]) =>
            runningTotalSql('invoice_totals', customerScopeOf(caller), { 'c.status': query.status, 'c.period': query.period }, MAX_COUNTED_TOTAL, params);
    return keysetPage(
      this.db,
      INVOICE_LIST,
      { select: `${INVOICE_VIEW_COLUMNS}, s.name AS "subscriberName"`, from: 'invoices i JOIN subscribers s ON s.id = i.subscriber_id', where, total },
      query,
    );
  }

  async create(caller: Caller, subscriberId: number, dto: CreateInvoiceDto): Promise<InvoiceView> {
    const period = dto.period ?? currentPeriod();
    return conflictOnDuplicate(
      () =>
        this.db.transaction(async (m) => {
          if (!(await lockSubscriberInScope(m, caller, subscriberId))) throw new NotFoundException(`Subscriber ${subscriberId} not found`);
          const [s] = await m.query(
            `SELECT a.branch_id, CAST(p.price AS text) AS price
               FROM subscribers s JOIN accounts a ON a.id = s.owner_id LEFT JOIN packages p ON p.id = s.package_id WHERE s.id = $1`,
            [subscriberId],
          );
          const amount = dto.amount === undefined ? s.price : String(dto.amount);
          if (amount === null) throw new BadRequestException('amount is required: the subscriber has no package');
          const [{ taken }] = await m.query(`SELECT EXISTS (SELECT 1 FROM invoices WHERE subscriber_id = $1 AND period = $2 AND status <> 'void') AS taken`, [
            subscriberId,
            period,
          ]);
          if (taken) throw new ApiException('DUPLICATE_INVOICE', `Invoice for ${period} already exists`);
          // The counter row stays locked until commit: no two invoices get one number, and a rollback gives it back.
          const [{ last_number: n }] = await m.query(
            `INSERT INTO invoice_counters (branch_id, last_number) VALUES ($1, 1)
             ON CONFLICT (branch_id) DO UPDATE SET last_number = invoice_counters.last_number + 1 RETURNING last_number`,
            [s.branch_id],
          );
          const [invoice]: InvoiceRow[] = await m.query(
            `INSERT INTO invoices AS i (branch_id, number, subscriber_id, owner_id, owner_path, period, amount)
             SELECT $1, ${invoiceNumberSql('$2::bigint')}, s.id, s.owner_id, s.owner_path, $4, $5::numeric FROM subscribers s WHERE s.id = $3
             RETURNING ${INVOICE_VIEW_COLUMNS}, i.owner_path AS "ownerPath"`,
            [s.branch_id, n, subscriberId, period, amount],
          );
          await moveMoney(m, {
            subscriberId,
            kind: 'invoice',
            amount: negateMoney(invoice.amount),
            refType: 'invoice',
            refId: invoice.id,
            note: invoice.number,
          });
          await this.record(m, caller, invoice, 'invoice.create', { after: view(invoice) });
          return view(invoice);
        }),
      'DUPLICATE_INVOICE',
      `Invoice for ${period} already exists`,
    );
  }

  /** Amount and due date, while the invoice is open; a new amount moves the balance by the difference. */
  async update(caller: Caller, id: number, dto: UpdateInvoiceDto): Promise<InvoiceView> {
    return this.db.transaction(async (m) => {
      await lockSubscriberOf(m, 'invoices', id);
      const before = await this.findInScope(m, caller, id);
      if (before.status !== 'open') throw new ConflictException(`Invoice ${before.number} is ${before.status} and can no longer be edited`);
      // An UPDATE answers [rows, count].
      const [[after]]: [InvoiceRow[], number] = await m.query(
        `UPDATE invoices i SET amount = coalesce($2::numeric, amount), due_at = coalesce($3::timestamptz, due_at),
                status = CASE WHEN paid >= coalesce($2::numeric, amount) THEN 'paid' ELSE 'open' END
          WHERE id = $1 RETURNING ${INVOICE_VIEW_COLUMNS}, i.owner_path AS "ownerPath"`,
        [id, dto.amount === undefined ? null : String(dto.amount), dto.dueAt ?? null],
      );
      const [{ change }] = await m.query(`SELECT CAST($1::numeric - $2::numeric AS text) AS change`, [before.amount, after.amount]);
      if (Number(change) !== 0) {
        await moveMoney(m, { subscriberId: after.subscriberId, kind: 'invoice.update', amount: change, refType: 'invoice', refId: id, note: after.number });
      }
      const [was, is] = [view(before), view(after)];
      const changed = (Object.keys(is) as (keyof InvoiceView)[]).filter((k) => JSON.stringify(was[k]) !== JSON.stringify(is[k]));
      await this.record(m, caller, after, 'invoice.update', {
        before: Object.fromEntries(changed.map((k) => [k, was[k]])),
        after: Object.fromEntries(changed.map((k) => [k, is[k]])),
      });
      return is;
    });
  }

  /** Voids the invoice (kept for the record, its period free again) and reverses its movement of the balance. */
  async void(caller: Caller, id: number): Promise<InvoiceView> {
    return this.db.transaction(async (m) => {
      await lockSubscriberOf(m, 'invoices', id);
      const before = await this.findInScope(m, caller, id);
      if (before.status === 'void') throw new ConflictException(`Invoice ${before.number} is already void`);
      const [{ attached }] = await m.query(`SELECT EXISTS (SELECT 1 FROM payments WHERE invoice_id = $1 AND voided_at IS NULL) AS attached`, [id]);
      if (attached) throw new ConflictException(`Invoice ${before.number} has payments: void them first`);
      const [[after]]: [InvoiceRow[], number] = await m.query(
        `UPDATE invoices i SET status = 'void', voided_at = now() WHERE id = $1 RETURNING ${INVOICE_VIEW_COLUMNS}, i.owner_path AS "ownerPath"`,
        [id],
      );
      await moveMoney(m, { subscriberId: after.subscriberId, kind: 'invoice.void', amount: after.amount, refType: 'invoice', refId: id, note: after.number });
      await this.record(m, caller, after, 'invoice.void', { before: { status: before.status }, after: { status: 'void' }, amount: after.amount });
      return view(after);
    });
  }

  /** Enqueues the run for the caller's scope (R10), passed to the worker as data, within its principal's share (R14). */
  async requestGeneration(caller: Caller, period: string): Promise<{ jobId: string }> {
    return { jobId: await this.generation.enqueue({ period, scope: customerScopeOf(caller), requestedBy: caller.id, operatorId: caller.principalId }) };
  }

  /** A run is readable by whoever has the scope it bills; any other job id is "not found". */
  async generationStatus(caller: Caller, jobId: string) {
    const job = await this.generation.find(jobId);
    if (!job || jobId !== invoiceGenerationJobId(customerScopeOf(caller), job.data.period)) throw new NotFoundException(`Job ${jobId} not found`);
    const progress = (typeof job.progress === 'object' ? job.progress : null) as InvoiceGenerationProgress | null;
    const finished = job.state === 'completed';
    const failed = progress?.failed ?? [];
    const names = await this.subscriberNames(
      caller,
      failed.map((f) => f.subscriberId),
    );
    return {
      state: JOB_STATES[job.state] ?? 'queued',
      progress: finished ? 100 : progress?.total ? Math.floor((progress.done / progress.total) * 100) : 0,
      created: progress?.created ?? 0,
      skipped: progress?.skipped ?? 0,
      failed: failed.map((f) => ({ ...f, subscriberName: names.get(f.subscriberId) ?? null })),
    };
  }

  /** The names of those of `ids` in the caller's scope (R10), in one query. */
  private async subscriberNames(caller: Caller, ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const where = ScopedWhere.subscribers(caller).filter('s.id = ANY(?::int[])', ids);
    const rows: { id: number; name: string }[] = await this.db.query(`SELECT s.id, s.name FROM subscribers s WHERE ${where}`, where.params);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async findInScope(m: EntityManager, caller: Caller, id: number): Promise<InvoiceRow> {
    const where = ScopedWhere.customers(caller, 'i').filter('i.id = ?', id);
    const [row] = await m.query(`SELECT ${INVOICE_VIEW_COLUMNS}, i.owner_path AS "ownerPath" FROM invoices i WHERE ${where} FOR UPDATE`, where.params);
    if (!row) throw new NotFoundException(`Invoice ${id} not found`);
    return row;
  }

  /** R12: placed at the subscriber's owner, whose side reads it. */
  private record(m: EntityManager, caller: Caller, invoice: InvoiceRow, action: AuditAction, changes: Record<string, unknown>) {
    return writeAudit(m, auditActorOf(caller), {
      action,
      targetType: 'invoice',
      targetId: invoice.id,
      targetLabel: invoice.number,
      targetPath: invoice.ownerPath,
      changes,
    });
  }
}

function view({ ownerPath: _, ...invoice }: InvoiceRow): InvoiceView {
  return invoice;
}
