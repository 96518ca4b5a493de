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
