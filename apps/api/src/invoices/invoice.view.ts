/** An invoice as API.md shows it: money as decimal strings with 2 places, straight from numeric::text. */
export interface InvoiceView {
  id: number;
  number: string;
  subscriberId: number;
  ownerId: number;
  period: string;
  amount: string;
  paid: string;
  status: 'open' | 'paid' | 'void';
  dueAt: Date | null;
  createdAt: Date;
}

/** The select list that reads an `invoices` row (alias `i`) as an InvoiceView. */
export const INVOICE_VIEW_COLUMNS = `i.id, i.number, i.subscriber_id AS "subscriberId", i.owner_id AS "ownerId", i.period,
  CAST(i.amount AS text) AS amount, CAST(i.paid AS text) AS paid, i.status, i.due_at AS "dueAt", i.created_at AS "createdAt"`;

/** A listed invoice names its subscriber (UI.md "People, not ids"), who is in scope exactly when the invoice is (R10). */
export interface ListedInvoiceView extends InvoiceView {
  subscriberName: string;
}
