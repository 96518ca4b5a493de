import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { CursorPage, ListedPayment } from '../../api/types';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const PAYMENTS_PAGE_SIZE = 50;

export interface PaymentFilters {
  method: string | null;
  subscriberId: number | null;
  from: string | null;
  to: string | null;
}

/** GET /payments: newest first, one keyset page at a time. */
export function usePayments(filters: PaymentFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...moneyKeys.payments, 'list', filters],
    queryFn: ({ pageParam }) =>
      api.get<CursorPage<ListedPayment>>(
        `/payments${query({
          method: filters.method,
          subscriberId: filters.subscriberId,
          ...rangeParams(filters.from, filters.to),
          cursor: pageParam,
          limit: PAYMENTS_PAGE_SIZE,
        })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}
