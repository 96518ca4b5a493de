import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { EXPORT_CAP } from './audit-csv';
import { AuditEntryList } from './audit-entry-list';
import { filtersFromParams, hasFilters, paramsFromFilters, type AuditFilters } from './audit-filters';
import { AuditFiltersBar } from './audit-filters-bar';
import { useAuditEntries } from './use-audit-entries';
import { useExportAuditCsv } from './use-export-audit-csv';

/** Action log (UI.md, R12): who did what to what and when, newest first, filtered, exported as CSV. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = (next: Partial<AuditFilters>) => setParams(paramsFromFilters({ ...filters, ...next }), { replace: true });
  const log = useAuditEntries(filters);
  const exporter = useExportAuditCsv();
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);
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
      {log.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading" />
        </Center>
      ) : !log.data ? (
        <Alert color="red" role="alert" title="Could not load the log">
          {log.error?.message}
        </Alert>
      ) : entries.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {hasFilters(filters) ? 'No entry matches these filters.' : 'Nothing has been recorded yet.'}
        </Text>
      ) : (
        <>
          <AuditEntryList entries={entries} onFilter={setFilters} />
          <Group justify="space-between" mt="md" gap="sm">
            <Text size="sm" c="dimmed" role="status">
              {log.hasNextPage
                ? `Showing the newest ${entries.length.toLocaleString()} entries.`
                : `${entries.length.toLocaleString()} ${entries.length === 1 ? 'entry' : 'entries'}, all shown.`}
            </Text>
            {log.hasNextPage && (
              <Button variant="default" onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
                Load more
              </Button>
            )}
          </Group>
          {log.isError && (
            <Alert color="red" role="alert" mt="sm" title="Could not load the log">
              {log.error.message}
            </Alert>
          )}
        </>
      )}
    </>
  );
}
