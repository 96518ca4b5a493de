import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { sortOf, type SortFieldOf } from '../../api/list-query';
import { apiParams, type AuditFilters } from './audit-filters';

export const AUDIT_PAGE_SIZE = 50;

/** The fields GET /audit sorts by; none is newest first. */
export const AUDIT_SORTS = ['at'] as const satisfies SortFieldOf<'AuditController_list'>[];

/** The log for the filters: one keyset page, with how many entries match. */
export function useAuditEntries(filters: AuditFilters, at: { sort: string | null; cursor: string | null }) {
  return useQuery({
    queryKey: ['audit', filters, at],
    queryFn: () =>
      dataOf(
        api.GET('/api/audit', {
          params: { query: { ...apiParams(filters), sort: sortOf(at.sort, AUDIT_SORTS), cursor: at.cursor ?? undefined, limit: AUDIT_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
