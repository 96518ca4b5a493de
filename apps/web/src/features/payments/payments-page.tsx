import { Select } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { dayParam } from '../../components/date-range';
import { DayRangeInputs, FiltersPanel } from '../../components/filters-panel';
import { PagedList } from '../../components/data-table';
import { idParam, useUrlList } from '../../components/url-list';
import { PAYMENT_METHOD_OPTIONS } from '../../components/payment-methods';
import { PaymentsTable } from './payments-table';
import { PAYMENT_SORTS, usePayments } from './use-payments';

const KEYS = ['method', 'subscriberId', 'from', 'to'] as const;

/** Payments (payment_module): every payment received in scope, newest first or sorted, filtered by method and days, a page at a time. */
export function PaymentsPage() {
  const filters = useUrlList({ filters: KEYS, sorts: PAYMENT_SORTS });
  const v = filters.values;
  const list = usePayments({
    method: v.method,
    subscriberId: idParam(v.subscriberId),
    from: dayParam(filters.params, 'from'),
    to: dayParam(filters.params, 'to'),
    sort: filters.sort,
    cursor: filters.cursor,
  });
  return (
    <>
      <PageHeader title="Payments" />
      <FiltersPanel id="payment-filters" active={filters.active} onClear={filters.clear}>
        <Select
          label="Method"
          placeholder="Any method"
          clearable
          clearButtonProps={{ 'aria-label': 'Clear Method' }}
          data={PAYMENT_METHOD_OPTIONS}
          value={v.method}
          onChange={(method) => filters.set({ method })}
        />
        <DayRangeInputs from={dayParam(filters.params, 'from')} to={dayParam(filters.params, 'to')} onChange={filters.set} />
      </FiltersPanel>
      <PagedList
        query={list}
        page={filters.page}
        onPage={filters.goToPage}
        noun={['payment', 'payments']}
        empty={filters.active ? 'No payment matches these filters.' : 'No payments recorded yet.'}
      >
        {(items, stale) => <PaymentsTable payments={items} sort={filters.sort} onSort={filters.setSort} stale={stale} />}
      </PagedList>
    </>
  );
}
