import { Button, Select, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCan } from '../../session/use-can';
import { PageHeader } from '../../components/page-header';
import { dayParam } from '../../components/date-range';
import { DayRangeInputs, FiltersPanel } from '../../components/filters-panel';
import { KeysetList } from '../../components/keyset-list';
import { idParam, useUrlFilters } from '../../components/url-filters';
import { GenerateInvoicesModal } from './generate-invoices-modal';
import { INVOICE_STATUS_OPTIONS } from './invoice-status-badge';
import { InvoicesTable } from './invoices-table';
import { PERIOD_PATTERN } from '@tiergate/access';
import { useInvoices } from './use-invoices';

const KEYS = ['status', 'period', 'subscriberId', 'from', 'to'] as const;

/** Invoices (invoice_module): every invoice in scope, newest first, filtered; "Generate invoices" bills a month. */
export function InvoicesPage() {
  const can = useCan();
  const filters = useUrlFilters(KEYS);
  const [generating, generate] = useDisclosure();
  const v = filters.values;
  const period = v.period && PERIOD_PATTERN.test(v.period) ? v.period : null;
  const list = useInvoices({
    status: v.status,
    period,
    subscriberId: idParam(v.subscriberId),
    from: dayParam(filters.params, 'from'),
    to: dayParam(filters.params, 'to'),
  });

  return (
    <>
      <PageHeader title="Invoices">{can('generate_invoice') && <Button onClick={generate.open}>Generate invoices</Button>}</PageHeader>
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
      <KeysetList list={list} noun={['invoice', 'invoices']} empty={filters.active ? 'No invoice matches these filters.' : 'No invoices yet.'}>
        {(items) => <InvoicesTable invoices={items} />}
      </KeysetList>
      {generating && <GenerateInvoicesModal opened onClose={generate.close} />}
    </>
  );
}
