import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { CursorPage, ListedInvoice } from '../../api/types';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const INVOICES_PAGE_SIZE = 50;

export interface InvoiceFilters {
  status: string | null;
  subscriberId: number | null;
  period: string | null;
  from: string | null;
  to: string | null;
}

/** GET /invoices: newest first, one keyset page at a time ("Load more" asks for the next). */
export function useInvoices(filters: InvoiceFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...moneyKeys.invoices, 'list', filters],
    queryFn: ({ pageParam }) =>
      api.get<CursorPage<ListedInvoice>>(
        `/invoices${query({
          status: filters.status,
          subscriberId: filters.subscriberId,
          period: filters.period,
          ...rangeParams(filters.from, filters.to),
          cursor: pageParam,
          limit: INVOICES_PAGE_SIZE,
        })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}
