import { Injectable } from '@nestjs/common';
import { subscriberSearchText } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { accountNameReachSql } from '../access/account-names';
import { Caller } from '../access/caller';
import { customerScopeSql } from '../access/scope';
import { containsPattern } from '../common/contains-pattern';
import { DEFAULT_PAGE_LIMIT } from '../common/page-limit';
import { ListLedgerQuery } from './dto/list-ledger.query';
import { LEDGER_COLUMNS, LedgerEntryRow, LedgerNamesRow, ListedLedgerEntryView, toListedLedgerEntryView } from './ledger-entry.view';

/**
 * The ledger, scoped like subscribers (R10) through each entry's owner: a subscriber's entries sit with its
 * owner, an operator's own balance with the operator itself. A filter on an account or subscriber outside the
 * scope is simply empty, as GET /subscribers?ownerId= is.
 */
@Injectable()
export class LedgerService {
  constructor(private readonly db: DataSource) {}

  async list(caller: Caller, query: ListLedgerQuery): Promise<{ items: ListedLedgerEntryView[]; nextCursor: number | null }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const params: unknown[] = [];
    const where: string[] = [customerScopeSql(caller, 'l', params)];
    for (const [condition, value] of [
      ['l.account_id =', query.accountId],
      ['l.subscriber_id =', query.subscriberId],
      ['l.at >=', query.from],
      ['l.at <', query.to],
      ['l.id <', query.cursor],
    ] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`${condition} $${params.length}`);
    }
    // Name filters match the entry's own account or subscriber, which the scope above already bounds.
    if (query.accountName) {
      params.push(containsPattern(query.accountName));
      where.push(`l.account_id IN (SELECT a.id FROM accounts a WHERE a.name ILIKE $${params.length} OR a.email ILIKE $${params.length})`);
    }
    if (query.subscriberName) {
      params.push(containsPattern(query.subscriberName));
      where.push(`l.subscriber_id IN (SELECT s.id FROM subscribers s WHERE (${subscriberSearchText('s')}) ILIKE $${params.length})`);
    }
    // The page first, then its names: one query, one primary-key look-up per row of the page.
    const rows: (LedgerEntryRow & LedgerNamesRow)[] = await this.db.query(
      `SELECT ${LEDGER_COLUMNS}, acc.name AS account_name, s.name AS subscriber_name, i.number AS invoice_number,
              ref.name AS ref_account_name
         FROM (SELECT * FROM ledger_entries l WHERE ${where.join(' AND ')} ORDER BY l.id DESC LIMIT ${limit + 1}) l
         LEFT JOIN accounts acc ON acc.id = l.account_id
         LEFT JOIN subscribers s ON s.id = l.subscriber_id
         LEFT JOIN invoices i ON l.ref_type = 'invoice' AND i.id = (CASE WHEN l.ref_type = 'invoice' THEN l.ref_id::bigint END)
         LEFT JOIN accounts ref ON l.ref_type = 'account' AND ref.id = (CASE WHEN l.ref_type = 'account' THEN l.ref_id::int END)
              AND ${accountNameReachSql(caller, 'ref', params)}
        ORDER BY l.id DESC`,
      params,
    );
    const more = rows.length > limit;
    if (more) rows.pop();
    return { items: rows.map(toListedLedgerEntryView), nextCursor: more ? Number(rows[rows.length - 1].id) : null };
  }
}
