import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { CursorPage, LedgerEntry } from '../../api/types';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const LEDGER_PAGE_SIZE = 50;

export interface LedgerFilters {
  /** Operators' balances whose name or email contains this text. */
  accountName: string | null;
  /** Subscribers' balances whose username, name or phone contains this text. */
  subscriberName: string | null;
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
          accountName: filters.accountName,
          subscriberName: filters.subscriberName,
          accountId: filters.accountId,
          subscriberId: filters.subscriberId,
          ...rangeParams(filters.from, filters.to),
          cursor: pageParam,
          limit: LEDGER_PAGE_SIZE,
        })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}
