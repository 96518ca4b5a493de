import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { moveMoney, writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { accountNameReachSql } from '../access/account-names';
import { auditActorOf, Caller } from '../access/caller';
import { negateMoney, toMoney } from '../common/money';
import { KeysetList, KeysetPage, keysetPage } from '../common/keyset/keyset-page';
import { ScopedWhere } from '../common/keyset/scoped-where';
import { lockSubscriberInScope, lockSubscriberOf } from '../subscribers/subscriber-records';
import { ListPaymentsQuery, PaymentSort } from './dto/list-payments.query';
import { RecordPaymentDto } from './dto/record-payment.dto';
import { ListedPaymentView, PAYMENT_COLUMNS, PaymentNamesRow, PaymentRow, PaymentView, toListedPaymentView, toPaymentView } from './payment.view';

/** GET /payments sorts by these columns. */
const PAYMENT_LIST: KeysetList<PaymentSort> = {
  id: 'p.id',
  sorts: {
    createdAt: { sql: 'p.created_at', type: 'timestamptz' },
    amount: { sql: 'p.amount', type: 'numeric' },
    method: { sql: 'p.method', type: 'text' },
  },
};

interface InvoiceRow {
  id: number;
  number: string;
  amount: string;
  paid: string;
  status: 'open' | 'paid' | 'void';
}

/**
 * Payments (API.md "Accounting"), scoped like subscribers (R10). A payment is the subscriber's credit (+amount on
 * its balance); against an invoice it also adds to the invoice's `paid`. Locks are always taken subscriber (KEY
 * SHARE, against a concurrent move) → payment → invoice → the subscriber's balance (moveMoney), so concurrent
 * payments, voids, invoice changes and moves queue up.
 */
@Injectable()
export class PaymentsService {
  constructor(private readonly db: DataSource) {}

  async record(caller: Caller, subscriberId: number, dto: RecordPaymentDto): Promise<PaymentView> {
    const amount = toMoney(dto.amount);
    return this.db.transaction(async (m) => {
      // KEY SHARE: a concurrent delete or move of the subscriber waits for this payment (a delete then refuses),
      // while other payments and balance updates of the same subscriber go on.
      const subscriber = await lockSubscriberInScope(m, caller, subscriberId);
      if (!subscriber) throw new NotFoundException(`Subscriber ${subscriberId} not found`);
      const invoice = dto.invoiceId === undefined ? null : await this.lockInvoice(m, dto.invoiceId, subscriberId);
      if (invoice?.status === 'void') throw new ConflictException(`Invoice ${invoice.number} is void`);
      const [payment]: PaymentRow[] = await m.query(
        `INSERT INTO payments AS p (subscriber_id, owner_id, owner_path, invoice_id, amount, method, reference, received_by)
         SELECT id, owner_id, owner_path, $2, $3::numeric, $4, $5, $6 FROM subscribers WHERE id = $1
         RETURNING ${PAYMENT_COLUMNS}`,
        [subscriberId, invoice?.id ?? null, amount, dto.method, dto.reference ?? null, caller.id],
      );
      const entry = await moveMoney(m, {
        subscriberId,
        kind: 'payment',
        amount,
        refType: 'payment',
        refId: payment.id,
        note: invoice ? `${dto.method} for ${invoice.number}` : dto.method,
      });
      const invoiceAfter = invoice && (await this.addToInvoice(m, invoice.id, amount));
      await writeAudit(m, auditActorOf(caller), {
        action: 'payment.record',
        ...this.target(payment, subscriber.username),
        changes: {
          after: toPaymentView(payment),
          subscriberBalance: { after: entry.balanceAfter },
          ...(invoice && { invoice: this.invoiceChange(invoice, invoiceAfter!) }),
        },
      });
      return toPaymentView(payment);
    });
  }

  /** Payments of subscribers in the caller's scope (R10), with the names the panel shows. */
  async list(caller: Caller, query: ListPaymentsQuery): Promise<KeysetPage<ListedPaymentView>> {
    const where = ScopedWhere.customers(caller, 'p')
      .filter('p.subscriber_id = ?', query.subscriberId)
      .filter('p.method = ?', query.method)
      .filter('p.created_at >= ?::timestamptz', query.from)
      .filter('p.created_at < ?::timestamptz', query.to);
    const page = await keysetPage<PaymentRow & PaymentNamesRow, PaymentSort>(
      this.db,
      PAYMENT_LIST,
      {
        select: `${PAYMENT_COLUMNS}, s.name AS subscriber_name, i.number AS invoice_number, r.name AS received_by_name`,
        from: `payments p
          JOIN subscribers s ON s.id = p.subscriber_id
          LEFT JOIN invoices i ON i.id = p.invoice_id
          LEFT JOIN accounts r ON r.id = p.received_by AND ${accountNameReachSql(caller, 'r', where.params)}`,
        where,
      },
      query,
    );
    return { ...page, items: page.items.map(toListedPaymentView) };
  }

  /** Voids a payment: kept for the record, reversed on the subscriber's balance, taken off its invoice (which reopens). */
  async void(caller: Caller, id: number): Promise<void> {
    await this.db.transaction(async (m) => {
      await lockSubscriberOf(m, 'payments', id);
      const where = ScopedWhere.customers(caller, 'p').filter('p.id = ?', id);
      const [payment]: PaymentRow[] = await m.query(`SELECT ${PAYMENT_COLUMNS} FROM payments p WHERE ${where} FOR UPDATE`, where.params);
      if (!payment) throw new NotFoundException(`Payment ${id} not found`);
      if (payment.voided_at) throw new ConflictException(`Payment ${id} is already void`);
      const invoice = payment.invoice_id === null ? null : await this.lockInvoice(m, payment.invoice_id, payment.subscriber_id);
      const [[{ voided_at }]] = await m.query(`UPDATE payments SET voided_at = now() WHERE id = $1 RETURNING voided_at`, [id]);
      const entry = await moveMoney(m, {
        subscriberId: payment.subscriber_id,
        kind: 'payment.void',
        amount: negateMoney(payment.amount),
        refType: 'payment',
        refId: id,
      });
      const invoiceAfter = invoice && (await this.addToInvoice(m, invoice.id, negateMoney(payment.amount)));
      const [{ username }] = await m.query(`SELECT username FROM subscribers WHERE id = $1`, [payment.subscriber_id]);
      await writeAudit(m, auditActorOf(caller), {
        action: 'payment.void',
        ...this.target(payment, username),
        changes: {
          before: { voidedAt: null },
          after: { voidedAt: voided_at },
          amount: payment.amount,
          subscriberBalance: { after: entry.balanceAfter },
          ...(invoice && { invoice: this.invoiceChange(invoice, invoiceAfter!) }),
        },
      });
    });
  }

  /** The invoice, locked until commit so that concurrent payments read and add to `paid` one after another. */
  private async lockInvoice(m: EntityManager, id: number, subscriberId: number): Promise<InvoiceRow> {
    const [invoice] = await m.query(
      `SELECT id, number, amount::text AS amount, paid::text AS paid, status FROM invoices WHERE id = $1 AND subscriber_id = $2 FOR UPDATE`,
      [id, subscriberId],
    );
    if (!invoice) throw new NotFoundException(`Invoice ${id} not found`);
    return invoice;
  }

  /** Adds a (signed) amount to what was paid: `paid` once covered, `open` again once not (a void invoice stays void). */
  private async addToInvoice(m: EntityManager, id: number, amount: string): Promise<InvoiceRow> {
    const [[after]] = await m.query(
      `UPDATE invoices SET paid = paid + $2::numeric,
              status = CASE WHEN status = 'void' THEN status WHEN paid + $2::numeric >= amount THEN 'paid' ELSE 'open' END
        WHERE id = $1 RETURNING id, number, amount::text AS amount, paid::text AS paid, status`,
      [id, amount],
    );
    return after;
  }

  private invoiceChange(before: InvoiceRow, after: InvoiceRow) {
    return { id: before.id, number: before.number, before: { paid: before.paid, status: before.status }, after: { paid: after.paid, status: after.status } };
  }

  /** R12: a payment sits with its subscriber's owner, whose side reads the entry. */
  private target(payment: PaymentRow, username: string) {
    return { targetType: 'payment' as const, targetId: payment.id, targetLabel: `${username} ${payment.amount}`, targetPath: payment.owner_path };
  }
}
