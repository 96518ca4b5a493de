import { Select, Text } from '@mantine/core';
import type { Message } from '../../api/types';
import { DataTable, PagedList, type Column } from '../../components/data-table';
import { FiltersPanel } from '../../components/filters-panel';
import { formatDateTime } from '../../components/format';
import { useUrlList } from '../../components/url-list';
import { SubscriberLink } from '../invoices';
import { MESSAGE_STATUS_OPTIONS, MessageStatusBadge } from './message-status-badge';
import { useMessageHistory } from './use-messages';

const KEYS = ['status'] as const;

const COLUMNS: Column<Message>[] = [
  { header: 'Created', text: 'nowrap', card: 'subtitle', cell: (m) => formatDateTime(m.createdAt) },
  { header: 'Subscriber', card: 'title', cell: (m) => <SubscriberLink id={m.subscriberId} name={m.subscriberName} /> },
  { header: 'To', text: 'nowrap', cell: (m) => m.to },
  { header: 'Message', text: 'long', cell: (m) => m.body },
  { header: 'Status', card: 'aside', cell: (m) => <MessageStatusBadge status={m.status} /> },
  { header: 'Provider', cell: (m) => (m.provider === 'http' ? 'HTTP gateway' : 'Outbox') },
  {
    header: 'Error',
    text: 'long',
    cell: (m) =>
      m.error ? (
        <Text span size="sm" c="red">
          {m.error}
        </Text>
      ) : (
        '—'
      ),
    cardCell: (m) => m.error || null,
  },
  { header: 'Sent', text: 'nowrap', cell: (m) => formatDateTime(m.sentAt) },
];

/** History (sms_history): every message to a subscriber in scope, newest first, exactly as it went out (or would have). */
export function MessageHistory() {
  const filters = useUrlList({ filters: KEYS });
  const list = useMessageHistory({ status: filters.values.status, cursor: filters.cursor });
  return (
    <>
      <FiltersPanel id="message-filters" active={filters.active} onClear={filters.clear}>
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          clearButtonProps={{ 'aria-label': 'Clear Status' }}
          data={MESSAGE_STATUS_OPTIONS}
          value={filters.values.status}
          onChange={(status) => filters.set({ status })}
        />
      </FiltersPanel>
      <PagedList
        query={list}
        page={filters.page}
        onPage={filters.goToPage}
        noun={['message', 'messages']}
        empty={filters.active ? 'No message matches this filter.' : 'No messages sent yet. Send one with “Send message”.'}
      >
        {(items, stale) => <DataTable label="Messages" columns={COLUMNS} rows={items} rowKey={(m) => m.id} stale={stale} minWidth={1000} />}
      </PagedList>
    </>
  );
}
