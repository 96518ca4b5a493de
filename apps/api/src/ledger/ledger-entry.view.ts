/** The columns of a ledger entry as the view reads them (money as numeric::text, "1250.00"). */
export const LEDGER_COLUMNS = `l.id::text AS id, l.at, l.account_id, l.subscriber_id, l.kind, l.amount::text AS amount,
  l.balance_after::text AS balance_after, l.ref_type, l.ref_id, l.note`;

export interface LedgerEntryRow {
  id: string;
  at: Date;
  account_id: number | null;
  subscriber_id: number | null;
  kind: string;
  amount: string;
  balance_after: string;
  ref_type: string | null;
  ref_id: string | null;
  note: string | null;
}

/** What a list joins in (UI.md "People, not ids"): the names the panel shows instead of ids. */
export interface LedgerNamesRow {
  account_name: string | null;
  subscriber_name: string | null;
  invoice_number: string | null;
  ref_account_name: string | null;
}

/** A ledger entry as API.md shows it: about an operator's balance (accountId) or a subscriber's (subscriberId). */
export function toLedgerEntryView(l: LedgerEntryRow) {
  return {
    id: Number(l.id),
    at: l.at,
    // The table's CHECK: exactly one of the two is set.
    ...(l.account_id !== null ? { accountId: l.account_id } : { subscriberId: l.subscriber_id! }),
    kind: l.kind,
    amount: l.amount,
    balanceAfter: l.balance_after,
    refType: l.ref_type,
    refId: l.ref_id,
    note: l.note,
  };
}
export type LedgerEntryView = ReturnType<typeof toLedgerEntryView>;

/**
 * A listed entry adds whose balance it is by name (`accountName` or `subscriberName`), the invoice's number when it
 * refers to an invoice, and the other account's name when it refers to one within the caller's reach (else null).
 */
export function toListedLedgerEntryView(l: LedgerEntryRow & LedgerNamesRow) {
  return {
    ...toLedgerEntryView(l),
    ...(l.account_id !== null ? { accountName: l.account_name } : { subscriberName: l.subscriber_name }),
    invoiceNumber: l.invoice_number,
    refAccountName: l.ref_account_name,
  };
}
export type ListedLedgerEntryView = ReturnType<typeof toListedLedgerEntryView>;
