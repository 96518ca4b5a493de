import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { CursorPage, LedgerEntry } from '../../api/types';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const LEDGER_PAGE_SIZE = 50;

export interface LedgerFilters {
  accountId: number | null;
  subscriberId: number | null;
  from: string | null;
  to: string | null;
}

/** GET /ledger: every movement of money in scope, newest first, one keyset page at a time. */
export function useLedger(filters: LedgerFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...moneyKeys.ledger, 'list', filters],
    queryFn: ({ pageParam }) =>
      api.get<CursorPage<LedgerEntry>>(
        `/ledger${query({
          accountId: filters.accountId,
          subscriberId: filters.subscriberId,
          ...rangeParams(filters.from, filters.to),
          cursor: pageParam,
          limit: LEDGER_PAGE_SIZE,
        })}`,
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}
