import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '../access/caller';
import { customerScopeSql } from '../access/scope';
import { DEFAULT_PAGE_LIMIT } from '../common/page-limit';
import { ListLedgerQuery } from './dto/list-ledger.query';
import { LEDGER_COLUMNS, LedgerEntryRow, LedgerEntryView, toLedgerEntryView } from './ledger-entry.view';

/**
 * The ledger, scoped like subscribers (R10) through each entry's owner: a subscriber's entries sit with its
 * owner, an operator's own balance with the operator itself. A filter on an account or subscriber outside the
 * scope is simply empty, as GET /subscribers?ownerId= is.
 */
@Injectable()
export class LedgerService {
  constructor(private readonly db: DataSource) {}

  async list(caller: Caller, query: ListLedgerQuery): Promise<{ items: LedgerEntryView[]; nextCursor: number | null }> {
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
    const rows: LedgerEntryRow[] = await this.db.query(
      `SELECT ${LEDGER_COLUMNS} FROM ledger_entries l WHERE ${where.join(' AND ')} ORDER BY l.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const more = rows.length > limit;
    if (more) rows.pop();
    return { items: rows.map(toLedgerEntryView), nextCursor: more ? Number(rows[rows.length - 1].id) : null };
  }
}
