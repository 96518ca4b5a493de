import { Button, Select, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PageHeader } from '../../components/page-header';
import { dayParam } from '../../components/date-range';
import { DayRangeInputs, FiltersPanel } from '../../components/filters-panel';
import { PagedList } from '../../components/data-table';
import { idParam, useUrlList } from '../../components/url-list';
import { GenerateInvoicesModal } from './generate-invoices-modal';
import { INVOICE_STATUS_OPTIONS } from './invoice-status-badge';
import { InvoicesTable } from './invoices-table';
import { PERIOD_PATTERN } from '@tiergate/access';
import { INVOICE_SORTS, useInvoices } from './use-invoices';
import { WriteGate } from '../../components/write-gate';

const KEYS = ['status', 'period', 'subscriberId', 'from', 'to'] as const;

/** Invoices (invoice_module): every invoice in scope, newest first or sorted, filtered, a page at a time; "Generate invoices" bills a month. */
export function InvoicesPage() {
  const filters = useUrlList({ filters: KEYS, sorts: INVOICE_SORTS });
  const [generating, generate] = useDisclosure();
  const v = filters.values;
  const period = v.period && PERIOD_PATTERN.test(v.period) ? v.period : null;
  const list = useInvoices({
    status: v.status,
    period,
    subscriberId: idParam(v.subscriberId),
    from: dayParam(filters.params, 'from'),
    to: dayParam(filters.params, 'to'),
    sort: filters.sort,
    cursor: filters.cursor,
  });

  return (
    <>
      <PageHeader title="Invoices">
        <WriteGate permission="generate_invoice">
          <Button onClick={generate.open}>Generate invoices</Button>
        </WriteGate>
      </PageHeader>
      <FiltersPanel id="invoice-filters" active={filters.active} onClear={filters.clear}>
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          clearButtonProps={{ 'aria-label': 'Clear Status' }}
          data={INVOICE_STATUS_OPTIONS}
          value={v.status}
          onChange={(status) => filters.set({ status })}
        />
        <TextInput
          label="Period"
          placeholder="YYYY-MM"
          value={v.period ?? ''}
          error={v.period && !period ? 'A month as YYYY-MM' : undefined}
          onChange={(e) => filters.set({ period: e.currentTarget.value.trim() || null })}
        />
        <DayRangeInputs from={dayParam(filters.params, 'from')} to={dayParam(filters.params, 'to')} onChange={filters.set} />
      </FiltersPanel>
      <PagedList
        query={list}
        page={filters.page}
        onPage={filters.goToPage}
        noun={['invoice', 'invoices']}
        empty={filters.active ? 'No invoice matches these filters.' : 'No invoices yet.'}
      >
        {(items, stale) => <InvoicesTable invoices={items} sort={filters.sort} onSort={filters.setSort} stale={stale} />}
      </PagedList>
      {generating && <GenerateInvoicesModal opened onClose={generate.close} />}
    </>
  );
}
