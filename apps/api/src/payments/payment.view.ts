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
