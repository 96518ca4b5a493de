import { BALANCE_LIMIT, ErrorCode, formatLimit } from '@tiergate/access';
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

/** Thrown when the movement would take an operator's balance below zero; answered 409 with its code. */
export class InsufficientBalanceError extends Error {
  readonly statusCode = 409;
  readonly code = 'INSUFFICIENT_BALANCE' satisfies ErrorCode;
  constructor(readonly balance: string) {
    super(`Insufficient balance: ${balance} available`);
  }
}

/** Thrown when the movement would take a balance past BALANCE_LIMIT (R14); answered 409 naming the limit. */
export class BalanceLimitError extends Error {
  readonly statusCode = 409;
  readonly code = 'BALANCE_LIMIT' satisfies ErrorCode;
  constructor(
    whose: 'subscriber' | 'account',
    readonly limit: number,
    readonly balance: string,
  ) {
    super(`Balance limit: this would take the ${whose}'s balance ${limit < 0 ? 'below' : 'above'} ${formatLimit(limit)} (it is ${balance})`);
  }
}

/**
 * Applies the movement to the balance and writes its ledger entry with the balance after it, in one statement
 * each: the UPDATE takes the row lock, so concurrent movements on one balance queue up and every entry's
 * `balance_after` is exact. A movement that would end past a limit (R14: a subscriber's balance within
 * ±BALANCE_LIMIT, an operator's from 0 to BALANCE_LIMIT) is refused before anything is written; one that moves a
 * balance already beyond its limit back towards it is let through. The check sits in the UPDATE's WHERE, where
 * the sum is unbounded numeric, so even a balance at the column's edge never overflows.
 */
export async function moveMoney(m: EntityManager, movement: Movement): Promise<LedgerEntryRow> {
  const bySubscriber = movement.subscriberId !== undefined;
  const id = movement.subscriberId ?? movement.accountId;
  const floor = bySubscriber ? -BALANCE_LIMIT : 0;
  const balance = bySubscriber ? 'balance' : 'coalesce(balance, 0)';
  const withinLimits = `($2::numeric = 0 OR $2::numeric > 0 AND ${balance} + $2::numeric <= $4 OR $2::numeric < 0 AND ${balance} + $2::numeric >= $3)`;
  // TypeORM answers an UPDATE's query() with [rows, rowCount].
  const [[row]] = bySubscriber
    ? await m.query(
        `UPDATE subscribers SET balance = balance + $2::numeric WHERE id = $1 AND ${withinLimits}
         RETURNING balance::text AS balance, owner_id, owner_path`,
        [id, movement.amount, floor, BALANCE_LIMIT],
      )
    : await m.query(
        `UPDATE accounts SET balance = coalesce(balance, 0) + $2::numeric WHERE id = $1 AND ${withinLimits}
         RETURNING balance::text AS balance, id AS owner_id, path AS owner_path`,
        [id, movement.amount, floor, BALANCE_LIMIT],
      );
  if (!row) {
    const [current] = await m.query(`SELECT ${balance}::text AS balance FROM ${bySubscriber ? 'subscribers' : 'accounts'} WHERE id = $1`, [id]);
    if (!current) throw new Error(`moveMoney: no ${bySubscriber ? 'subscriber' : 'account'} ${id}`);
    const down = Number(movement.amount) < 0;
    if (down && !bySubscriber) throw new InsufficientBalanceError(current.balance);
    throw new BalanceLimitError(bySubscriber ? 'subscriber' : 'account', down ? floor : BALANCE_LIMIT, current.balance);
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
