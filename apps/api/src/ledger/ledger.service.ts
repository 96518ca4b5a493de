import { Injectable } from '@nestjs/common';
import { subscriberSearchText } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { accountNameReachSql } from '../access/account-names';
import { Caller } from '../access/caller';
import { containsPattern } from '../common/contains-pattern';
import { KeysetList, KeysetPage, keysetPage } from '../common/keyset/keyset-page';
import { ScopedWhere } from '../common/keyset/scoped-where';
import { LedgerSort, ListLedgerQuery } from './dto/list-ledger.query';
import { LEDGER_COLUMNS, LedgerEntryRow, LedgerNamesRow, ListedLedgerEntryView, toListedLedgerEntryView } from './ledger-entry.view';

/** GET /ledger sorts by these columns. */
const LEDGER_LIST: KeysetList<LedgerSort> = {
  id: 'l.id',
  sorts: {
    at: { sql: 'l.at', type: 'timestamptz' },
    amount: { sql: 'l.amount', type: 'numeric' },
  },
};

/**
 * The ledger, scoped like subscribers (R10) through each entry's owner: a subscriber's entries sit with its
 * owner, an operator's own balance with the operator itself. A filter on an account or subscriber outside the
 * scope is simply empty, as GET /subscribers?ownerId= is.
 */
@Injectable()
export class LedgerService {
  constructor(private readonly db: DataSource) {}

  async list(caller: Caller, query: ListLedgerQuery): Promise<KeysetPage<ListedLedgerEntryView>> {
    const where = ScopedWhere.customers(caller, 'l')
      .filter('l.account_id = ?', query.accountId)
      .filter('l.subscriber_id = ?', query.subscriberId)
      .filter('l.at >= ?::timestamptz', query.from)
      .filter('l.at < ?::timestamptz', query.to);
    // Name filters match the entry's own account or subscriber, which the scope above already bounds.
    if (query.accountName) {
      const pattern = where.param(containsPattern(query.accountName));
      where.and(`l.account_id IN (SELECT a.id FROM accounts a WHERE a.name ILIKE ${pattern} OR a.email ILIKE ${pattern})`);
    }
    if (query.subscriberName) {
      where.and(
        `l.subscriber_id IN (SELECT s.id FROM subscribers s WHERE (${subscriberSearchText('s')}) ILIKE ${where.param(containsPattern(query.subscriberName))})`,
      );
    }
    const page = await keysetPage<LedgerEntryRow & LedgerNamesRow, LedgerSort>(
      this.db,
      LEDGER_LIST,
      {
        select: `${LEDGER_COLUMNS}, acc.name AS account_name, s.name AS subscriber_name, i.number AS invoice_number, ref.name AS ref_account_name`,
        // Each name is one primary-key look-up per row of the page (LEFT JOINs on unique keys, left out of the count).
        from: `ledger_entries l
          LEFT JOIN accounts acc ON acc.id = l.account_id
          LEFT JOIN subscribers s ON s.id = l.subscriber_id
          LEFT JOIN invoices i ON l.ref_type = 'invoice' AND i.id = (CASE WHEN l.ref_type = 'invoice' THEN l.ref_id::bigint END)
          LEFT JOIN accounts ref ON l.ref_type = 'account' AND ref.id = (CASE WHEN l.ref_type = 'account' THEN l.ref_id::int END)
               AND ${accountNameReachSql(caller, 'ref', where.params)}`,
        where,
      },
      query,
    );
    return { ...page, items: page.items.map(toListedLedgerEntryView) };
  }
}
