import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PAYMENT_METHODS } from '@tiergate/access';
import { api, dataOf } from '../../api/client';
import { oneOf, sortOf, type SortFieldOf } from '../../api/list-query';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const PAYMENTS_PAGE_SIZE = 50;

/** The fields GET /payments sorts by; none is newest first. */
export const PAYMENT_SORTS = ['createdAt', 'amount', 'method'] as const satisfies SortFieldOf<'PaymentsController_list'>[];

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
      dataOf(
        api.GET('/api/payments', {
          params: {
            query: {
              method: oneOf(filters.method, PAYMENT_METHODS),
              subscriberId: filters.subscriberId ?? undefined,
              ...rangeParams(filters.from, filters.to),
              sort: sortOf(filters.sort, PAYMENT_SORTS),
              cursor: filters.cursor ?? undefined,
              limit: PAYMENTS_PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
