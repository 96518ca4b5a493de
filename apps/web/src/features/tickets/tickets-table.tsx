import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ListedTicket } from '../../api/types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDateTime } from '../../components/format';
import { SubscriberLink } from '../invoices';
import { TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';

/** Tickets as a table (cards on a phone): the number opens the ticket. */
export function TicketsTable({
  tickets,
  showSubscriber = true,
  sort,
  onSort,
  stale,
}: {
  tickets: ListedTicket[];
  showSubscriber?: boolean;
  sort?: string | null;
  onSort?: (sort: string | null) => void;
  stale?: boolean;
}) {
  const columns: Column<ListedTicket>[] = [
    {
      header: 'Number',
      sort: 'createdAt',
      card: 'title',
      text: 'nowrap',
      cell: (t) => (
        <Anchor component={Link} to={`/tickets/${t.id}`} size="sm" ff="monospace" fw={500}>
          {t.number}
        </Anchor>
      ),
    },
    { header: 'Subject', card: 'subtitle', text: 'long', cell: (t) => t.subject },
    ...(showSubscriber ? [{ header: 'Subscriber', cell: (t: ListedTicket) => <SubscriberLink id={t.subscriberId} name={t.subscriberName} /> }] : []),
    { header: 'Priority', cell: (t) => <TicketPriorityBadge priority={t.priority} /> },
    { header: 'Status', card: 'aside', cell: (t) => <TicketStatusBadge status={t.status} /> },
    {
      header: 'Assignee',
      cell: (t) =>
        t.assigneeName ?? (
          <Text span size="sm" c="dimmed">
            Unassigned
          </Text>
        ),
    },
    { header: 'Updated', sort: 'updatedAt', text: 'nowrap', cell: (t) => formatDateTime(t.updatedAt) },
  ];
  return (
    <DataTable
      label="Tickets"
      columns={columns}
      rows={tickets}
      rowKey={(t) => t.id}
      sort={sort}
      defaultSort="-createdAt"
      onSort={onSort}
      stale={stale}
      minWidth={showSubscriber ? 900 : 760}
    />
  );
}
