import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { oneOf, sortOf, type SortFieldOf } from '../../api/list-query';
import type { InvoiceStatus } from '../../api/types';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

export const INVOICES_PAGE_SIZE = 50;

/** The fields GET /invoices sorts by; none is newest first. */
export const INVOICE_SORTS = ['createdAt', 'number', 'period', 'amount', 'status', 'dueAt'] as const satisfies SortFieldOf<'InvoicesController_list'>[];
const STATUSES = ['open', 'paid', 'void'] as const satisfies InvoiceStatus[];

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
      dataOf(
        api.GET('/api/invoices', {
          params: {
            query: {
              status: oneOf(filters.status, STATUSES),
              subscriberId: filters.subscriberId ?? undefined,
              period: filters.period ?? undefined,
              ...rangeParams(filters.from, filters.to),
              sort: sortOf(filters.sort, INVOICE_SORTS),
              cursor: filters.cursor ?? undefined,
              limit: INVOICES_PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
