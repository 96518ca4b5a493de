import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { AuditEntry, ListPage } from '../../api/types';
import { apiParams, type AuditFilters } from './audit-filters';

export const AUDIT_PAGE_SIZE = 50;

/** The fields GET /audit sorts by; none is newest first. */
export const AUDIT_SORTS = ['at'] as const;

/** The log for the filters: one keyset page, with how many entries match. */
export function useAuditEntries(filters: AuditFilters, at: { sort: string | null; cursor: string | null }) {
  return useQuery({
    queryKey: ['audit', filters, at],
    queryFn: () => api.get<ListPage<AuditEntry>>(`/audit${query({ ...apiParams(filters), sort: at.sort, cursor: at.cursor, limit: AUDIT_PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
}
