import { Anchor, Button, Select, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo } from 'react';
import type { TicketStatus } from '@tiergate/access';
import { PagedList } from '../../components/data-table';
import { FiltersPanel } from '../../components/filters-panel';
import { PageHeader } from '../../components/page-header';
import { idParam, useUrlList } from '../../components/url-list';
import { WriteGate } from '../../components/write-gate';
import { oneOf } from '../../api/list-query';
import { useCan } from '../../session/use-can';
import { AssigneeFilter } from './assignee-filter';
import { NewTicketModal } from './new-ticket-modal';
import { StatusCounts } from './status-counts';
import { TICKET_STATUSES } from '@tiergate/access';
import { PRIORITY_OPTIONS } from './ticket-badges';
import { TicketsTable } from './tickets-table';
import { useTicketCounts } from './use-ticket-counts';
import { TICKET_SORTS, useTickets } from './use-tickets';

const FILTERS = ['status', 'priority', 'assignee', 'q'] as const;

/**
 * Tickets (ticket_module): the complaints of the subscribers in scope (R10), newest first or sorted, by status
 * with how many each has, filtered by priority, assignee and a search of number and subject, all kept in the URL.
 */
export function TicketsPage() {
  const can = useCan();
  const list = useUrlList({ filters: FILTERS, typed: ['q'], sorts: TICKET_SORTS });
  const [creating, create] = useDisclosure();
  const v = list.values;
  const status = oneOf(v.status, TICKET_STATUSES) ?? null;
  const others = { priority: v.priority, assigneeId: idParam(v.assignee), subscriberId: null, q: v.q ?? '' };
  const tickets = useTickets({ ...others, status, sort: list.sort, cursor: list.cursor });
  const counts = useTicketCounts(others);
  // The assignees named on screen, so that the chosen one keeps its name after a reload.
  const names = useMemo(
    () => new Map((tickets.data?.items ?? []).flatMap((t) => (t.assigneeId !== null && t.assigneeName ? [[t.assigneeId, t.assigneeName] as const] : []))),
    [tickets.data],
  );

  return (
    <Stack gap="md">
      <PageHeader title="Tickets">
        <WriteGate permission="add_ticket">
          <Button onClick={create.open}>New ticket</Button>
        </WriteGate>
      </PageHeader>
      <StatusCounts value={status} onChange={(s: TicketStatus | null) => list.set({ status: s })} counts={counts.data} />
      <FiltersPanel
        id="ticket-filters"
        active={list.active - (status ? 1 : 0)}
        onClear={() => list.set({ priority: null, assignee: null, q: null })}
        columns={3}
      >
        <TextInput label="Search" placeholder="Number or subject" type="search" value={list.typed.q} onChange={(e) => list.type('q', e.currentTarget.value)} />
        <Select
          label="Priority"
          placeholder="Any priority"
          clearable
          clearButtonProps={{ 'aria-label': 'Clear Priority' }}
          data={PRIORITY_OPTIONS}
          value={v.priority}
          onChange={(priority) => list.set({ priority })}
        />
        <AssigneeFilter value={idParam(v.assignee)} onChange={(id) => list.set({ assignee: id === null ? null : String(id) })} names={names} />
      </FiltersPanel>
      <PagedList
        query={tickets}
        page={list.page}
        onPage={list.goToPage}
        noun={['ticket', 'tickets']}
        empty={
          list.active ? (
            <>
              No ticket matches these filters.{' '}
              <Anchor component="button" type="button" onClick={list.clear} inherit>
                Clear filters
              </Anchor>
            </>
          ) : can('add_ticket') ? (
            'No tickets yet. When a subscriber complains, open one with “New ticket” (or from the subscriber’s profile).'
          ) : (
            'No tickets yet.'
          )
        }
      >
        {(items, stale) => <TicketsTable tickets={items} sort={list.sort} onSort={list.setSort} stale={stale} />}
      </PagedList>
      {creating && <NewTicketModal onClose={create.close} />}
    </Stack>
  );
}
