import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { ListedPayment, ListPage } from '../../api/types';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const PAYMENTS_PAGE_SIZE = 50;

/** The fields GET /payments sorts by; none is newest first. */
export const PAYMENT_SORTS = ['createdAt', 'amount', 'method'] as const;

export interface PaymentFilters {
  method: string | null;
  subscriberId: number | null;
  from: string | null;
  to: string | null;
  sort: string | null;
  cursor: string | null;
}

/** GET /payments: one keyset page, with how many match. */
export function usePayments(filters: PaymentFilters, enabled = true) {
  return useQuery({
    queryKey: [...moneyKeys.payments, 'list', filters],
    queryFn: () =>
      api.get<ListPage<ListedPayment>>(
        `/payments${query({
          method: filters.method,
          subscriberId: filters.subscriberId,
          ...rangeParams(filters.from, filters.to),
          sort: filters.sort,
          cursor: filters.cursor,
          limit: PAYMENTS_PAGE_SIZE,
        })}`,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
