import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { sortOf, type SortFieldOf } from '../../api/list-query';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const LEDGER_PAGE_SIZE = 50;

/** The fields GET /ledger sorts by; none is newest first. */
export const LEDGER_SORTS = ['at', 'amount'] as const satisfies SortFieldOf<'LedgerController_list'>[];

export interface LedgerFilters {
  /** Operators' balances whose name or email contains this text. */
  accountName: string | null;
  /** Subscribers' balances whose username, name or phone contains this text. */
  subscriberName: string | null;
  accountId: number | null;
  subscriberId: number | null;
  from: string | null;
  to: string | null;
  sort: string | null;
  cursor: string | null;
}

/** GET /ledger: every movement of money in scope, one keyset page, with how many match. */
export function useLedger(filters: LedgerFilters, enabled = true) {
  return useQuery({
    queryKey: [...moneyKeys.ledger, 'list', filters],
    queryFn: () =>
      dataOf(
        api.GET('/api/ledger', {
          params: {
            query: {
              accountName: filters.accountName ?? undefined,
              subscriberName: filters.subscriberName ?? undefined,
              accountId: filters.accountId ?? undefined,
              subscriberId: filters.subscriberId ?? undefined,
              ...rangeParams(filters.from, filters.to),
              sort: sortOf(filters.sort, LEDGER_SORTS),
              cursor: filters.cursor ?? undefined,
              limit: LEDGER_PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
