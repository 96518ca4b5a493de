/**
 * The caps on money (R14, docs/decisions.md "Accounting"): shared by the API's input rules, the ledger's balance
 * check (libs/db moveMoney) and the worker's billing run, so that no sequence of accepted requests takes a stored
 * value past what its column holds (numeric(14,2): 999,999,999,999.99), and a value one operator drives to its limit
 * is refused at that request rather than inside a batch that serves others.
 */

/** The most one payment, one invoice, one balance change or one package price may be. */
export const MAX_MONEY_AMOUNT = 1_000_000_000;

/**
 * How far a balance may go: a subscriber's between -BALANCE_LIMIT (what it may owe) and +BALANCE_LIMIT (its credit),
 * an operator's between 0 and +BALANCE_LIMIT. A tenth of the column's range, so one movement (at most
 * MAX_MONEY_AMOUNT) from anywhere inside the limits still fits the column.
 */
export const BALANCE_LIMIT = 100_000_000_000;

/** A limit as the API names it in messages: `100000000000.00`, `-100000000000.00`. */
export const formatLimit = (limit: number) => `${limit < 0 ? '-' : ''}${Math.abs(limit)}.00`;
