import { EntityManager } from 'typeorm';
import { Caller } from '../access/caller';
import { customerScopeSql } from '../access/scope';
import { SEES_TICKET_SQL } from '../tickets/ticket.view';

/**
 * The lock every change to a subscriber's money takes first: KEY SHARE on the subscriber row, the subscriber in
 * the caller's scope (R10) or undefined. A move holds the row FOR UPDATE, so changes and moves queue up on this one
 * row, never on an invoice or payment the other holds (no deadlock), and a change that waited for a move sees the
 * subscriber where it is now: out of the former owner's scope (404), filed under the new owner otherwise.
 * Changes to each other's money do not wait here: KEY SHARE locks do not conflict.
 */
export async function lockSubscriberInScope(m: EntityManager, caller: Caller, subscriberId: number): Promise<{ id: number; username: string } | undefined> {
  const params: unknown[] = [subscriberId];
  const [subscriber] = await m.query(
    `SELECT s.id, s.username FROM subscribers s WHERE s.id = $1 AND ${customerScopeSql(caller, 's', params)} FOR KEY SHARE`,
    params,
  );
  return subscriber;
}

/** The same lock, taken through one of the subscriber's invoices, payments or tickets before that row is read in scope and locked. */
export async function lockSubscriberOf(m: EntityManager, table: 'invoices' | 'payments' | 'tickets', id: number): Promise<void> {
  await m.query(`SELECT 1 FROM subscribers WHERE id = (SELECT subscriber_id FROM ${table} WHERE id = $1) FOR KEY SHARE`, [id]);
}

/**
 * Files everything that belongs to a subscriber under its new owner (R10 as amended), in the move's transaction and
 * after the subscriber row was locked FOR UPDATE: nothing of the subscriber's is being written meanwhile, and what
 * is written afterwards takes the new owner (the subscriber_owner_of_row trigger), messages included. Notes and
 * ticket replies have no owner of their own. A ticket whose assignee cannot see the subscriber where it now is loses its assignee.
 *
 * The payments_totals trigger moves each payment's amount from the former owner's running totals to the new owner's.
 * Payments are re-filed one (UTC day, method) at a time in that order: every transaction locks a (day, method)'s
 * root-Admin row first, so two moves, or a move and a payment, never lock running totals in opposite orders.
 * Invoices likewise, one (period, status) at a time in that order: each statement then touches two invoice_totals
 * rows, the two owners' for that period and status, which the trigger locks in key order.
 */
export async function refileSubscriberRecords(m: EntityManager, subscriberId: number, owner: { id: number; path: string }) {
  const refile = async (table: string, condition = '', extra: unknown[] = []): Promise<number> => {
    // An UPDATE answers [rows, count].
    const [, count] = await m.query(`UPDATE ${table} SET owner_id = $2, owner_path = $3 WHERE subscriber_id = $1 ${condition}`, [
      subscriberId,
      owner.id,
      owner.path,
      ...extra,
    ]);
    return count;
  };
  const groups: { day: string; method: string }[] = await m.query(
    `SELECT DISTINCT (created_at AT TIME ZONE 'UTC')::date::text AS day, method FROM payments WHERE subscriber_id = $1 AND voided_at IS NULL ORDER BY 1, 2`,
    [subscriberId],
  );
  let payments = 0;
  for (const { day, method } of groups) {
    payments += await refile('payments', `AND voided_at IS NULL AND (created_at AT TIME ZONE 'UTC')::date = $4::date AND method = $5`, [day, method]);
  }
  payments += await refile('payments', 'AND voided_at IS NOT NULL');
  const tickets = await refile('tickets');
  // A ticket stays with no one rather than with an account that can no longer see it.
  const [, unassigned] = await m.query(
    `UPDATE tickets t SET assignee_id = NULL FROM accounts a WHERE t.subscriber_id = $1 AND a.id = t.assignee_id AND NOT ${SEES_TICKET_SQL}`,
    [subscriberId],
  );
  const invoiceGroups: { period: string; status: string }[] = await m.query(
    `SELECT DISTINCT period, status FROM invoices WHERE subscriber_id = $1 ORDER BY 1, 2`,
    [subscriberId],
  );
  let invoices = 0;
  for (const { period, status } of invoiceGroups) invoices += await refile('invoices', 'AND period = $4 AND status = $5', [period, status]);
  return {
    invoices,
    payments,
    ledgerEntries: await refile('ledger_entries'),
    tickets,
    messages: await refile('messages'),
    ...(unassigned && { ticketsUnassigned: unassigned }),
  };
}
