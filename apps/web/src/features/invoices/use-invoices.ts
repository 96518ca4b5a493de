import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { ListedInvoice, ListPage } from '../../api/types';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const INVOICES_PAGE_SIZE = 50;

/** The fields GET /invoices sorts by; none is newest first. */
export const INVOICE_SORTS = ['createdAt', 'number', 'period', 'amount', 'status', 'dueAt'] as const;

export interface InvoiceFilters {
  status: string | null;
  subscriberId: number | null;
  period: string | null;
  from: string | null;
  to: string | null;
  sort: string | null;
  cursor: string | null;
}

/** GET /invoices: one keyset page, with how many match. */
export function useInvoices(filters: InvoiceFilters, enabled = true) {
  return useQuery({
    queryKey: [...moneyKeys.invoices, 'list', filters],
    queryFn: () =>
      api.get<ListPage<ListedInvoice>>(
        `/invoices${query({
          status: filters.status,
          subscriberId: filters.subscriberId,
          period: filters.period,
          ...rangeParams(filters.from, filters.to),
          sort: filters.sort,
          cursor: filters.cursor,
          limit: INVOICES_PAGE_SIZE,
        })}`,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
