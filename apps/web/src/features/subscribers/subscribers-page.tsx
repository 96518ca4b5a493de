import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Subscriber } from '../../api/types';
import { useCan } from '../../session/use-can';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSmallScreen } from '../../components/use-small-screen';
import { AddSubscriberModal } from './add-subscriber-modal';
import { STATUS_OPTIONS, SubscriberStatusBadge } from './subscriber-status-badge';
import { SUBSCRIBERS_PAGE_SIZE, useSubscribers } from './use-subscribers';
import { useOwners } from './use-owners';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * Subscribers (subscriber_module): search as you type, filters by status and owner (kept in the URL, so a filtered
 * list can be reloaded and shared), keyset pages with Next/Previous (a stack of cursors; no total count, which
 * would cost a full scan at a million rows).
 */
export function SubscribersPage() {
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = params.get('status');
  const ownerId = params.get('owner');
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  // The stack of cursors of the pages before this one, for Previous; a change of filters starts again at page 1.
  const filterKey = JSON.stringify([q, status, ownerId]);
  const [paging, setPaging] = useState({ key: filterKey, cursors: [null] as (string | null)[] });
  const cursors = paging.key === filterKey ? paging.cursors : [null];
  const setCursors = (next: (string | null)[]) => {
    setPaging({ key: filterKey, cursors: next });
    window.scrollTo({ top: 0 });
  };
  const cursor = cursors[cursors.length - 1];
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure();
  const owners = useOwners();
  const ownerFilter = owners.available && !owners.single;
  const showOwner = !owners.single;
  const list = useSubscribers({ q, status, ownerId: ownerFilter ? ownerId : null, cursor });
  const phone = useSmallScreen();

  const setFilter = (key: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  // The typed search reaches the URL (and the API) once typing pauses: this runs on the debounced text only.
  useEffect(() => {
    if (debounced.trim() !== q) setFilter('q', debounced.trim() || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new settled text is news; the URL follows it
  }, [debounced]);
  // A link or Clear filters changed the URL (not our own debounced push): the field follows; this runs on `q` only.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is outside React: the field follows it
    if (q !== debounced.trim()) setSearch(q);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- not on typing: only when the address changes
  }, [q]);

  const clearFilters = () => {
    setSearch('');
    setParams({}, { replace: true });
  };
  const filtered = !!(q || status || ownerId);
  const page = cursors.length;

  return (
    <Stack gap="md">
      <PageHeader title="Subscribers">{can('add_subscriber') && <Button onClick={openAdd}>Add subscriber</Button>}</PageHeader>

      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Username, name or phone"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
          type="search"
        />
        <SimpleGrid cols={ownerFilter ? 2 : 1} spacing="sm" w={{ base: '100%', sm: ownerFilter ? 440 : 180 }}>
          <Select label="Status" placeholder="Any status" data={STATUS_OPTIONS} value={status} onChange={(v) => setFilter('status', v)} clearable />
          {ownerFilter && (
            <Select
              label="Owner"
              placeholder="Any owner"
              data={owners.options.map(({ value, label }) => ({ value, label }))}
              value={ownerId}
              onChange={(v) => setFilter('owner', v)}
              clearable
              searchable
              nothingFoundMessage="No operator matches"
            />
          )}
        </SimpleGrid>
      </Group>

      <QueryState
        query={list}
        isEmpty={(data) => data.items.length === 0 && page === 1}
        empty={
          filtered ? (
            <>
              No subscriber matches these filters.{' '}
              <Anchor component="button" type="button" onClick={clearFilters} inherit>
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
        {(data) => (
          <Stack gap="sm">
            {phone ? (
              <Stack
                gap="xs"
                component="ul"
                aria-label="Subscribers"
                style={{ listStyle: 'none', padding: 0, margin: 0, opacity: list.isPlaceholderData ? 0.6 : 1 }}
              >
                {data.items.map((s: Subscriber) => (
                  <Card key={s.id} component="li" withBorder padding="sm">
                    <Group justify="space-between" wrap="nowrap" gap="xs">
                      {can('subscriber_profile') ? (
                        <Anchor component={Link} to={`/subscribers/${s.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {s.username}
                        </Anchor>
                      ) : (
                        <Text fw={600}>{s.username}</Text>
                      )}
                      <SubscriberStatusBadge status={s.status} />
                    </Group>
                    <Text size="sm">
                      {s.name}
                      {s.phone && (
                        <Text span c="dimmed" size="sm">
                          {' '}
                          · {s.phone}
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {s.packageName ?? '—'} · expires {formatDate(s.expiresAt)}
                      {showOwner && <> · {owners.nameOf(s.ownerId)}</>}
                    </Text>
                  </Card>
                ))}
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={showOwner ? 860 : 720}>
                <Table striped highlightOnHover verticalSpacing="xs" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }} aria-busy={list.isFetching}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Username</Table.Th>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Phone</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Package</Table.Th>
                      <Table.Th>Expires</Table.Th>
                      {showOwner && <Table.Th>Owner</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((s: Subscriber) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>
                          {can('subscriber_profile') ? (
                            <Anchor component={Link} to={`/subscribers/${s.id}`} size="sm" fw={500}>
                              {s.username}
                            </Anchor>
                          ) : (
                            s.username
                          )}
                        </Table.Td>
                        <Table.Td>{s.name}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.phone ?? '—'}</Table.Td>
                        <Table.Td>
                          <SubscriberStatusBadge status={s.status} />
                        </Table.Td>
                        <Table.Td>{s.packageName ?? '—'}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(s.expiresAt)}</Table.Td>
                        {showOwner && <Table.Td>{owners.nameOf(s.ownerId)}</Table.Td>}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {data.items.length === 0 && (
              <Text c="dimmed" ta="center">
                No more subscribers.
              </Text>
            )}
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                Page {page} · {SUBSCRIBERS_PAGE_SIZE} per page
              </Text>
              <Group gap="xs">
                <Button variant="default" disabled={page === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                  Previous
                </Button>
                <Button
                  variant="default"
                  disabled={data.nextCursor === null || list.isPlaceholderData}
                  onClick={() => setCursors([...cursors, data.nextCursor])}
                >
                  Next
                </Button>
              </Group>
            </Group>
          </Stack>
        )}
      </QueryState>

      {can('add_subscriber') && <AddSubscriberModal opened={adding} onClose={closeAdd} />}
    </Stack>
  );
}
