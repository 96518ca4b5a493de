import { PaymentMethod } from '@tiergate/access';

/** The columns of a payment as the views below read them (money as numeric::text, "1250.00"). */
export const PAYMENT_COLUMNS = `p.id, p.subscriber_id, p.invoice_id, p.amount::text AS amount, p.method, p.reference, p.received_by,
  p.created_at, p.voided_at, p.owner_path`;

export interface PaymentRow {
  id: number;
  subscriber_id: number;
  invoice_id: number | null;
  amount: string;
  method: PaymentMethod;
  reference: string | null;
  received_by: number | null;
  created_at: Date;
  voided_at: Date | null;
  owner_path: string;
}

/** A payment as API.md shows it. */
export function toPaymentView(p: PaymentRow) {
  return {
    id: p.id,
    subscriberId: p.subscriber_id,
    invoiceId: p.invoice_id,
    amount: p.amount,
    method: p.method,
    reference: p.reference,
    receivedBy: p.received_by,
    createdAt: p.created_at,
    voidedAt: p.voided_at,
  };
}
export type PaymentView = ReturnType<typeof toPaymentView>;

/** What a list joins in (UI.md "People, not ids"): the subscriber's name, the invoice's number, the cashier's name. */
export interface PaymentNamesRow {
  subscriber_name: string;
  invoice_number: string | null;
  received_by_name: string | null;
}

/** A listed payment: `receivedByName` is null when the account that took it is outside the caller's reach. */
export function toListedPaymentView(p: PaymentRow & PaymentNamesRow) {
  return { ...toPaymentView(p), subscriberName: p.subscriber_name, invoiceNumber: p.invoice_number, receivedByName: p.received_by_name };
}
export type ListedPaymentView = ReturnType<typeof toListedPaymentView>;
