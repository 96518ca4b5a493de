import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { Subscriber } from '../../api/types';
import { useCan } from '../../session/use-can';
import { PagedList } from '../../components/data-table';
import { CreateInvoiceModal } from './create-invoice-modal';
import { InvoicesTable } from './invoices-table';
import { useInvoices } from './use-invoices';
import { WriteGate } from '../../components/write-gate';

/** The "Invoices" tab of a subscriber's profile: its invoices (invoice_module) and "New invoice" (subscriber_invoice). */
export function SubscriberInvoices({ subscriber }: { subscriber: Subscriber }) {
  const can = useCan();
  const [creating, create] = useDisclosure();
  // Its place in the list stays with the tab, not in the URL: the profile's address names the subscriber only.
  const [at, setAt] = useState({ page: 1, cursor: null as string | null, sort: null as string | null });
  const list = useInvoices(
    { status: null, period: null, subscriberId: subscriber.id, from: null, to: null, sort: at.sort, cursor: at.cursor },
    can('invoice_module'),
  );
  return (
    <>
      {can('subscriber_invoice') && (
        <Group justify="flex-end" mb="sm">
          <WriteGate>
            <Button variant="default" onClick={create.open}>
              New invoice
            </Button>
          </WriteGate>
        </Group>
      )}
      {can('invoice_module') && (
        <PagedList
          query={list}
          page={at.page}
          onPage={(page, cursor) => setAt({ ...at, page, cursor })}
          noun={['invoice', 'invoices']}
          empty="No invoices for this subscriber yet."
        >
          {(items, stale) => (
            <InvoicesTable invoices={items} showSubscriber={false} sort={at.sort} onSort={(sort) => setAt({ page: 1, cursor: null, sort })} stale={stale} />
          )}
        </PagedList>
      )}
      {creating && <CreateInvoiceModal subscriber={subscriber} opened onClose={create.close} />}
    </>
  );
}
