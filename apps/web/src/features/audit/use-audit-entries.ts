import { useInfiniteQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { AuditEntry, CursorPage } from '../../api/types';
import { apiParams, type AuditFilters } from './audit-filters';

export const AUDIT_PAGE_SIZE = 50;

/** The log for the filters, newest first, one keyset page at a time ("Load more" asks for the next). */
export function useAuditEntries(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => api.get<CursorPage<AuditEntry>>(`/audit${query({ ...apiParams(filters), cursor: pageParam, limit: AUDIT_PAGE_SIZE })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
