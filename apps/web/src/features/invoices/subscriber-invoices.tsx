import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Subscriber } from '../../api/types';
import { useCan } from '../../session/use-can';
import { KeysetList } from '../../components/keyset-list';
import { CreateInvoiceModal } from './create-invoice-modal';
import { InvoicesTable } from './invoices-table';
import { useInvoices } from './use-invoices';

/** The "Invoices" tab of a subscriber's profile: its invoices (invoice_module) and "New invoice" (subscriber_invoice). */
export function SubscriberInvoices({ subscriber }: { subscriber: Subscriber }) {
  const can = useCan();
  const [creating, create] = useDisclosure();
  const list = useInvoices({ status: null, period: null, subscriberId: subscriber.id, from: null, to: null }, can('invoice_module'));
  return (
    <>
      {can('subscriber_invoice') && (
        <Group justify="flex-end" mb="sm">
          <Button variant="default" onClick={create.open}>
            New invoice
          </Button>
        </Group>
      )}
      {can('invoice_module') && (
        <KeysetList list={list} noun={['invoice', 'invoices']} empty="No invoices for this subscriber yet.">
          {(items) => <InvoicesTable invoices={items} showSubscriber={false} />}
        </KeysetList>
      )}
      {creating && <CreateInvoiceModal subscriber={subscriber} opened onClose={create.close} />}
    </>
  );
}
