import { Anchor, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import type { Subscriber } from '../../api/types';
import { useCan } from '../../session/use-can';
import { DataTable, PagedList, type Column } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { idParam, useUrlList } from '../../components/url-list';
import { AddSubscriberModal } from './add-subscriber-modal';
import { STATUS_OPTIONS, SubscriberStatusBadge } from './subscriber-status-badge';
import { SUBSCRIBER_SORTS, useSubscribers } from './use-subscribers';
import { useOwners } from './use-owners';
import { WriteGate } from '../../components/write-gate';

/**
 * Subscribers (subscriber_module): search as you type, filters by status and owner, sortable columns and keyset
 * pages with how many match, all kept in the URL (a list can be reloaded, shared, and returned to with Back).
 */
export function SubscribersPage() {
  const can = useCan();
  const list = useUrlList({ filters: ['q', 'status', 'owner'], typed: ['q'], sorts: SUBSCRIBER_SORTS });
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure();
  const owners = useOwners();
  const ownerFilter = owners.available && !owners.single;
  const { q, status, owner } = list.values;
  const subscribers = useSubscribers({ q: q ?? '', status, ownerId: ownerFilter ? idParam(owner) : null, sort: list.sort, cursor: list.cursor });
  const columns: Column<Subscriber>[] = [
    {
      header: 'Username',
      sort: 'username',
      card: 'title',
      cell: (s) =>
        can('subscriber_profile') ? (
          <Anchor component={Link} to={`/subscribers/${s.id}`} size="sm" fw={500}>
            {s.username}
          </Anchor>
        ) : (
          s.username
        ),
    },
    { header: 'Name', sort: 'name', card: 'subtitle', cell: (s) => s.name },
    { header: 'Phone', text: 'nowrap', cell: (s) => s.phone ?? '—' },
    { header: 'Status', sort: 'status', card: 'aside', cell: (s) => <SubscriberStatusBadge status={s.status} /> },
    { header: 'Package', cell: (s) => s.packageName ?? '—' },
    { header: 'Expires', sort: 'expiresAt', text: 'nowrap', cell: (s) => formatDate(s.expiresAt) },
    ...(owners.single ? [] : [{ header: 'Owner', cell: (s: Subscriber) => owners.nameOf(s.ownerId) }]),
  ];

  return (
    <Stack gap="md">
      <PageHeader title="Subscribers">
        <WriteGate permission="add_subscriber">
          <Button onClick={openAdd}>Add subscriber</Button>
        </WriteGate>
      </PageHeader>

      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Username, name or phone"
          value={list.typed.q}
          onChange={(e) => list.type('q', e.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
          type="search"
        />
        <SimpleGrid cols={ownerFilter ? 2 : 1} spacing="sm" w={{ base: '100%', sm: ownerFilter ? 440 : 180 }}>
          <Select label="Status" placeholder="Any status" data={STATUS_OPTIONS} value={status} onChange={(v) => list.set({ status: v })} clearable />
          {ownerFilter && (
            <Select
              label="Owner"
              placeholder="Any owner"
              data={owners.options.map(({ value, label }) => ({ value, label }))}
              value={owner}
              onChange={(v) => list.set({ owner: v })}
              clearable
              searchable
              nothingFoundMessage="No operator matches"
            />
          )}
        </SimpleGrid>
      </Group>

      <PagedList
        query={subscribers}
        page={list.page}
        onPage={list.goToPage}
        noun={['subscriber', 'subscribers']}
        empty={
          list.active ? (
            <>
              No subscriber matches these filters.{' '}
              <Anchor component="button" type="button" onClick={list.clear} inherit>
                Clear filters
              </Anchor>
            </>
          ) : can('add_subscriber') ? (
            'No subscribers yet. Add the first one with “Add subscriber”.'
          ) : (
            'No subscribers yet.'
          )
        }
      >
        {(items, stale) => (
          <DataTable
            label="Subscribers"
            columns={columns}
            rows={items}
            rowKey={(s) => s.id}
            sort={list.sort}
            onSort={list.setSort}
            stale={stale}
            minWidth={owners.single ? 720 : 860}
          />
        )}
      </PagedList>

      {can('add_subscriber') && <AddSubscriberModal opened={adding} onClose={closeAdd} />}
    </Stack>
  );
}
