import { EntityManager } from 'typeorm';

/**
 * One movement of money (API.md "Accounting"): a subscriber's balance (positive = credit: payments minus invoices)
 * or an operator's prepaid balance. Always called inside the transaction of the change, with its audit entry.
 */
export interface Movement {
  subscriberId?: number;
  accountId?: number;
  /** What moved it: `invoice`, `invoice.void`, `payment`, `payment.void`, `topup`, `deduct`… */
  kind: string;
  /** Signed decimal string with at most 2 places: the change to the balance. */
  amount: string;
  refType?: string;
  refId?: string | number;
  note?: string | null;
}

export interface LedgerEntryRow {
  id: string;
  balanceAfter: string;
}

/** Thrown when the movement would take a balance that may not go negative below zero. */
export class InsufficientBalanceError extends Error {
  constructor(readonly balance: string) {
    super(`Insufficient balance: ${balance} available`);
  }
}

/**
 * Applies the movement to the balance and writes its ledger entry with the balance after it, in one statement
 * each: the UPDATE takes the row lock, so concurrent movements on one balance queue up and every entry's
 * `balance_after` is exact. With `floor: 0` the balance may not end below zero (prepaid operators).
 */
export async function moveMoney(m: EntityManager, movement: Movement, options: { floor?: number } = {}): Promise<LedgerEntryRow> {
  const bySubscriber = movement.subscriberId !== undefined;
  // TypeORM answers an UPDATE's query() with [rows, rowCount].
  const [[row]] = bySubscriber
    ? await m.query(
        `UPDATE subscribers SET balance = balance + $2::numeric WHERE id = $1
         RETURNING balance::text AS balance, owner_id, owner_path`,
        [movement.subscriberId, movement.amount],
      )
    : await m.query(
        `UPDATE accounts SET balance = coalesce(balance, 0) + $2::numeric WHERE id = $1
         RETURNING balance::text AS balance, id AS owner_id, path AS owner_path`,
        [movement.accountId, movement.amount],
      );
  if (!row) throw new Error(`moveMoney: no ${bySubscriber ? 'subscriber' : 'account'} ${movement.subscriberId ?? movement.accountId}`);
  if (options.floor !== undefined && Number(row.balance) < options.floor) {
    // The caller's transaction rolls back, taking the UPDATE with it.
    throw new InsufficientBalanceError((Number(row.balance) - Number(movement.amount)).toFixed(2));
  }
  const [entry] = await m.query(
    `INSERT INTO ledger_entries (account_id, subscriber_id, owner_id, owner_path, kind, amount, balance_after, ref_type, ref_id, note)
     VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::numeric, $8, $9, $10) RETURNING id::text AS id`,
    [
      movement.accountId ?? null,
      movement.subscriberId ?? null,
      row.owner_id,
      row.owner_path,
      movement.kind,
      movement.amount,
      row.balance,
      movement.refType ?? null,
      movement.refId === undefined ? null : String(movement.refId),
      movement.note ?? null,
    ],
  );
  return { id: entry.id, balanceAfter: row.balance };
}
