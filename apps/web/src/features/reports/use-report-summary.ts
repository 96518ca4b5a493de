import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

/** GET /reports/summary for whole days From-To (each section only with its permission). */
export function useReportSummary(from: string | null, to: string | null) {
  return useQuery({
    queryKey: [...moneyKeys.reports, 'summary', from, to],
    queryFn: () => dataOf(api.GET('/api/reports/summary', { params: { query: rangeParams(from, to) } })),
    placeholderData: keepPreviousData,
  });
}
