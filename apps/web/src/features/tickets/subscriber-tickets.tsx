import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import type { Subscriber } from '../../api/types';
import { PagedList } from '../../components/data-table';
import { WriteGate } from '../../components/write-gate';
import { useCan } from '../../session/use-can';
import { NewTicketModal } from './new-ticket-modal';
import { TicketsTable } from './tickets-table';
import { useTickets } from './use-tickets';

/** The "Tickets" tab of a subscriber's profile (ticket_module): its tickets, and "New ticket" for it (add_ticket). */
export function SubscriberTickets({ subscriber }: { subscriber: Subscriber }) {
  const can = useCan();
  const [creating, create] = useDisclosure();
  // Its place in the list stays with the tab, not in the URL: the profile's address names the subscriber only.
  const [at, setAt] = useState({ page: 1, cursor: null as string | null, sort: null as string | null });
  const list = useTickets({ status: null, priority: null, assigneeId: null, subscriberId: subscriber.id, q: '', sort: at.sort, cursor: at.cursor });
  return (
    <>
      <Group justify="flex-end" mb="sm">
        <WriteGate permission="add_ticket">
          <Button variant="default" onClick={create.open}>
            New ticket
          </Button>
        </WriteGate>
      </Group>
      <PagedList
        query={list}
        page={at.page}
        onPage={(page, cursor) => setAt({ ...at, page, cursor })}
        noun={['ticket', 'tickets']}
        empty={can('add_ticket') ? 'No tickets for this subscriber. Open one with “New ticket” when they complain.' : 'No tickets for this subscriber.'}
      >
        {(items, stale) => (
          <TicketsTable tickets={items} showSubscriber={false} sort={at.sort} onSort={(sort) => setAt({ page: 1, cursor: null, sort })} stale={stale} />
        )}
      </PagedList>
      {creating && <NewTicketModal subscriber={subscriber} onClose={create.close} />}
    </>
  );
}
