import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { ReportSummary } from '../../api/types';
import { rangeParams } from '../../components/date-range';
import { moneyKeys } from '../../components/money-keys';

/** GET /reports/summary for whole days From-To (each section only with its permission). */
export function useReportSummary(from: string | null, to: string | null) {
  return useQuery({
    queryKey: [...moneyKeys.reports, 'summary', from, to],
    queryFn: () => api.get<ReportSummary>(`/reports/summary${query(rangeParams(from, to))}`),
    placeholderData: keepPreviousData,
  });
}
