import { Button } from '@mantine/core';
import { useMemo } from 'react';
import { PagedList } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { useUrlList } from '../../components/url-list';
import { EXPORT_CAP } from './audit-csv';
import { AuditEntryList } from './audit-entry-list';
import { AUDIT_FILTER_KEYS, filtersFromParams, hasFilters, type AuditFilters } from './audit-filters';
import { AuditFiltersBar } from './audit-filters-bar';
import { AUDIT_SORTS, useAuditEntries } from './use-audit-entries';
import { useExportAuditCsv } from './use-export-audit-csv';

/** Action log (UI.md, R12): who did what to what and when, newest first, filtered, a page at a time, exported as CSV. */
export function AuditPage() {
  const list = useUrlList({ filters: AUDIT_FILTER_KEYS, sorts: AUDIT_SORTS });
  const filters = useMemo(() => filtersFromParams(list.params), [list.params]);
  const setFilters = (next: Partial<AuditFilters>) => list.set(Object.fromEntries(Object.entries(next).map(([k, v]) => [k, v === null ? null : String(v)])));
  const log = useAuditEntries(filters, { sort: list.sort, cursor: list.cursor });
  const exporter = useExportAuditCsv();
  const entries = useMemo(() => log.data?.items ?? [], [log.data]);
  const actorNames = useMemo(() => new Map(entries.filter((e) => e.actorId !== null).map((e) => [e.actorId!, e.actorName])), [entries]);

  return (
    <>
      <PageHeader title="Action log">
        <Button
          variant="default"
          onClick={() => exporter.mutate(filters)}
          disabled={exporter.isPending || (log.isSuccess && entries.length === 0)}
          title={`The entries of the current filters, newest first, at most ${EXPORT_CAP.toLocaleString()}`}
        >
          {exporter.isPending ? `Exporting… ${exporter.progress.toLocaleString()}` : 'Export CSV'}
        </Button>
      </PageHeader>
      <AuditFiltersBar filters={filters} onChange={setFilters} actorNames={actorNames} />
      <PagedList
        query={log}
        page={list.page}
        onPage={list.goToPage}
        noun={['entry', 'entries']}
        empty={hasFilters(filters) ? 'No entry matches these filters.' : 'Nothing has been recorded yet.'}
      >
        {(items, stale) => <AuditEntryList entries={items} onFilter={setFilters} sort={list.sort} onSort={list.setSort} stale={stale} />}
      </PagedList>
    </>
  );
}
