import { Select } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { dayParam } from '../../components/date-range';
import { DayRangeInputs, FiltersPanel } from '../../components/filters-panel';
import { KeysetList } from '../../components/keyset-list';
import { idParam, useUrlFilters } from '../../components/url-filters';
import { PAYMENT_METHOD_OPTIONS } from '../../components/payment-methods';
import { PaymentsTable } from './payments-table';
import { usePayments } from './use-payments';

const KEYS = ['method', 'subscriberId', 'from', 'to'] as const;

/** Payments (payment_module): every payment received in scope, newest first, filtered by method and days. */
export function PaymentsPage() {
  const filters = useUrlFilters(KEYS);
  const v = filters.values;
  const list = usePayments({
    method: v.method,
    subscriberId: idParam(v.subscriberId),
    from: dayParam(filters.params, 'from'),
    to: dayParam(filters.params, 'to'),
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
      <KeysetList list={list} noun={['payment', 'payments']} empty={filters.active ? 'No payment matches these filters.' : 'No payments recorded yet.'}>
        {(items) => <PaymentsTable payments={items} />}
      </KeysetList>
    </>
  );
}
