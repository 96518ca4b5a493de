import { Button, Center, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '../../api/types';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate, formatDateTime } from '../../components/format';
import { formatMoney } from '../../components/money';
import { methodLabel } from '../../components/payment-methods';
import { formatPeriod } from '../../components/period';
import { QueryState } from '../../components/query-state';
import { usePackages } from '../../components/use-packages';
import { useOwners } from './use-owners';
import { useSubscriberActivity } from './use-subscriber-activity';

/** The action log's names, said as an operator would. */
const ACTIONS: Record<string, string> = {
  'subscriber.create': 'Added',
  'subscriber.update': 'Edited',
  'subscriber.delete': 'Deleted',
  'subscriber.suspend': 'Suspended',
  'subscriber.reconnect': 'Reconnected',
  'subscriber.package.change': 'Package changed',
  'subscriber.expiry.extend': 'Expiry extended',
  'subscriber.note.add': 'Note added',
  'invoice.create': 'Invoice issued',
  'invoice.update': 'Invoice changed',
  'invoice.void': 'Invoice voided',
  'payment.record': 'Payment recorded',
  'payment.void': 'Payment voided',
};

export function actionName(action: string): string {
  if (ACTIONS[action]) return ACTIONS[action];
  const words = action.replace(/^subscriber\./, '').replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  phone: 'Phone',
  address: 'Address',
  status: 'Status',
  packageId: 'Package',
  ownerId: 'Owner',
  expiresAt: 'Expiry',
};

type Changes = { before?: Record<string, unknown>; after?: Record<string, unknown>; body?: unknown; amount?: unknown; invoice?: { number?: unknown } };

/** An entry about the subscriber's money (its invoices and payments): which invoice, how much, how paid. */
function moneyDetails(entry: AuditEntry, changes: Changes): string {
  const { before = {}, after = {} } = changes;
  const amount = (value: unknown) => formatMoney(typeof value === 'string' || typeof value === 'number' ? value : null);
  if (entry.targetType === 'invoice') {
    if (entry.action === 'invoice.create') return [entry.targetLabel, formatPeriod(String(after.period)), amount(after.amount)].join(' · ');
    if (entry.action === 'invoice.void') return `${entry.targetLabel} · ${amount(changes.amount)}`;
    return [
      entry.targetLabel,
      'amount' in after && `Amount: ${amount(before.amount)} → ${amount(after.amount)}`,
      'dueAt' in after && `Due: ${formatDate(String(after.dueAt ?? ''))}`,
    ]
      .filter(Boolean)
      .join(' · ');
  }
  if (entry.action === 'payment.record') {
    const invoice = typeof changes.invoice?.number === 'string' ? ` for ${changes.invoice.number}` : '';
    return `${amount(after.amount)} · ${methodLabel(String(after.method))}${invoice}`;
  }
  return amount(changes.amount);
}

/** What an entry changed, in words: "Status: active → suspended", the note's text. */
function useDescribe() {
  const packages = usePackages();
  const owners = useOwners();
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'packageId') return packages.data?.find((p) => p.id === value)?.name ?? `#${String(value)}`;
    if (field === 'ownerId') return owners.nameOf(Number(value));
    if (field === 'expiresAt') return formatDate(String(value));
    if (field === 'status') return String(value).charAt(0).toUpperCase() + String(value).slice(1);
    return String(value);
  };
  return (entry: AuditEntry): string => {
    const changes = (entry.changes ?? {}) as Changes;
    if (entry.targetType === 'invoice' || entry.targetType === 'payment') return moneyDetails(entry, changes);
    if (entry.action === 'subscriber.note.add') return typeof changes.body === 'string' ? `“${changes.body}”` : '';
    if (entry.action === 'subscriber.create' && changes.after) {
      const a = changes.after;
      return ['packageId', 'expiresAt', 'ownerId']
        .filter((k) => a[k] !== null && a[k] !== undefined)
        .map((k) => `${FIELD_LABELS[k]}: ${show(k, a[k])}`)
        .join(' · ');
    }
    const { before = {}, after = {} } = changes;
    return Object.keys(FIELD_LABELS)
      .filter((k) => k in after || k in before)
      .map((k) => `${FIELD_LABELS[k]}: ${show(k, before[k])} → ${show(k, after[k])}`)
      .join(' · ');
  };
}

/** Activity (subscriber_activity_log): who did what to this subscriber and its money and when, newest first, 20 at a time. */
export function SubscriberActivity({ subscriberId }: { subscriberId: number }) {
  const activity = useSubscriberActivity(subscriberId);
  const describe = useDescribe();
  const columns: Column<AuditEntry>[] = [
    { header: 'When', text: 'nowrap', card: 'aside', cell: (e) => formatDateTime(e.at) },
    {
      header: 'Action',
      text: 'nowrap',
      card: 'title',
      cell: (e) => (
        <Text span inherit title={e.action}>
          {actionName(e.action)}
        </Text>
      ),
    },
    { header: 'By', card: 'subtitle', cell: (e) => e.actorName, cardCell: (e) => `by ${e.actorName}` },
    { header: 'Details', text: 'long', cell: (e) => describe(e) || null },
  ];
  return (
    <QueryState query={activity} isEmpty={(data) => data.pages[0].items.length === 0} empty="No activity recorded.">
      {(data) => (
        <Stack gap="sm">
          <DataTable label="Activity" columns={columns} rows={data.pages.flatMap((page) => page.items)} rowKey={(e) => e.id} minWidth={640} />
          {activity.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => activity.fetchNextPage()} loading={activity.isFetchingNextPage}>
                Load more
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
