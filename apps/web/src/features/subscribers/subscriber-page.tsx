import { Anchor, Button, Card, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import type { Subscriber } from '../../api/types';
import { useCan } from '../../session/use-can';
import { formatDate, formatDateTime, formatPrice } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { BackLink, RecordField, RecordPage, useRecordId } from '../../components/record-page';
import { usePackages } from '../../components/use-packages';
import { ChangePackageModal } from './change-package-modal';
import { ConfirmModal } from '../../components/confirm-modal';
import { EditSubscriberModal } from './edit-subscriber-modal';
import { ExtendExpiryModal } from './extend-expiry-modal';
import { SubscriberActivity } from './subscriber-activity';
import { SubscriberNotes } from './subscriber-notes';
import { SubscriberStatusBadge } from './subscriber-status-badge';
import { useDeleteSubscriber } from './use-delete-subscriber';
import { useOwners } from './use-owners';
import { useReconnectSubscriber } from './use-reconnect-subscriber';
import { useSubscriber } from './use-subscriber';
import { useSuspendSubscriber } from './use-suspend-subscriber';
import { RecordPaymentModal, SubscriberInvoices } from '../invoices';
import { SubscriberTickets } from '../tickets';
import { useNow } from '../../components/use-now';
import { WriteGate } from '../../components/write-gate';
import { SendMessageModal } from '../messages';

const BACK = { to: '/subscribers', label: 'Subscribers' };

/** The subscriber's profile (subscriber_profile): its details, and each action only with its permission (R13). */
export function SubscriberPage() {
  const id = useRecordId();
  const subscriber = useSubscriber(id);
  return (
    <RecordPage
      id={id}
      query={subscriber}
      noun="Subscriber"
      back={BACK}
      notFound="There is no subscriber with this address in your scope: it may have been deleted, or it belongs to another operator."
    >
      {(subscriber) => <SubscriberProfile subscriber={subscriber} />}
    </RecordPage>
  );
}

function SubscriberProfile({ subscriber: s }: { subscriber: Subscriber }) {
  const can = useCan();
  const navigate = useNavigate();
  const packages = usePackages();
  const owners = useOwners();
  const [editing, edit] = useDisclosure();
  const [changingPackage, packageModal] = useDisclosure();
  const [extending, extendModal] = useDisclosure();
  const [confirmingSuspend, suspendConfirm] = useDisclosure();
  const [confirmingDelete, deleteConfirm] = useDisclosure();
  const [recordingPayment, paymentModal] = useDisclosure();
  const [messaging, messageModal] = useDisclosure();
  const now = useNow();
  const suspend = useSuspendSubscriber(s);
  const reconnect = useReconnectSubscriber(s);
  const remove = useDeleteSubscriber(s, () => navigate('/subscribers', { replace: true }));

  const pkg = s.packageId === null ? null : packages.data?.find((p) => p.id === s.packageId);
  const packageText = s.packageId === null ? 'No package' : pkg ? `${pkg.name} · ${formatPrice(pkg.price)} / ${pkg.validityDays} days` : s.packageName;
  const expired = s.expiresAt !== null && new Date(s.expiresAt).getTime() < now;
  const suspended = s.status === 'suspended';
  const tabs = [
    can('subscriber_notes') && 'notes',
    can('subscriber_activity_log') && 'activity',
    (can('invoice_module') || can('subscriber_invoice')) && 'invoices',
    can('ticket_module') && 'tickets',
  ].filter(Boolean) as string[];

  return (
    <Stack gap="md">
      <BackLink {...BACK} />
      <PageHeader title={s.name}>
        <WriteGate permission="edit_subscriber">
          <Button variant="default" onClick={edit.open}>
            Edit
          </Button>
        </WriteGate>
        {!suspended && (
          <WriteGate permission="subscriber_disconnection">
            <Button variant="light" color="orange" onClick={suspendConfirm.open}>
              Suspend
            </Button>
          </WriteGate>
        )}
        {suspended && (
          <WriteGate permission="subscriber_reconnection">
            <Button variant="light" color="green" onClick={() => reconnect.mutate()} loading={reconnect.isPending}>
              Reconnect
            </Button>
          </WriteGate>
        )}
        <WriteGate permission="subscriber_package_change">
          <Button variant="default" onClick={packageModal.open}>
            Change package
          </Button>
        </WriteGate>
        <WriteGate permission="subscriber_expiry_extend">
          <Button variant="default" onClick={extendModal.open}>
            Extend expiry
          </Button>
        </WriteGate>
        <WriteGate permission="subscriber_payment">
          <Button variant="light" onClick={paymentModal.open}>
            Record payment
          </Button>
        </WriteGate>
        <WriteGate permission="send_sms">
          <Button variant="default" onClick={messageModal.open}>
            Send message
          </Button>
        </WriteGate>
        <WriteGate permission="delete_subscriber">
          <Button variant="light" color="red" onClick={deleteConfirm.open}>
            Delete
          </Button>
        </WriteGate>
      </PageHeader>

      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md" verticalSpacing="sm">
          <RecordField label="Status">
            <SubscriberStatusBadge status={s.status} />
          </RecordField>
          <RecordField label="Username">{s.username}</RecordField>
          <RecordField label="Package">{packageText}</RecordField>
          <RecordField label="Expires">
            <Text span size="sm" c={expired ? 'red' : undefined}>
              {s.expiresAt ? formatDate(s.expiresAt) : 'No expiry date'}
              {expired && ' (past)'}
            </Text>
          </RecordField>
          <RecordField label="Phone">{s.phone ? <Anchor href={`tel:${s.phone.replace(/[^+\d]/g, '')}`}>{s.phone}</Anchor> : '—'}</RecordField>
          <RecordField label="Address">{s.address ?? '—'}</RecordField>
          {!owners.single && <RecordField label="Owner">{owners.nameOf(s.ownerId)}</RecordField>}
          <RecordField label="Balance">{formatPrice(s.balance)}</RecordField>
          <RecordField label="Added">{formatDateTime(s.createdAt)}</RecordField>
        </SimpleGrid>
      </Card>

      {tabs.length > 0 && (
        <Tabs defaultValue={tabs[0]} keepMounted={false}>
          <Tabs.List>
            {tabs.includes('notes') && <Tabs.Tab value="notes">Notes</Tabs.Tab>}
            {tabs.includes('activity') && <Tabs.Tab value="activity">Activity</Tabs.Tab>}
            {tabs.includes('invoices') && <Tabs.Tab value="invoices">Invoices</Tabs.Tab>}
            {tabs.includes('tickets') && <Tabs.Tab value="tickets">Tickets</Tabs.Tab>}
          </Tabs.List>
          {tabs.includes('notes') && (
            <Tabs.Panel value="notes" pt="md">
              <SubscriberNotes subscriberId={s.id} />
            </Tabs.Panel>
          )}
          {tabs.includes('activity') && (
            <Tabs.Panel value="activity" pt="md">
              <SubscriberActivity subscriberId={s.id} />
            </Tabs.Panel>
          )}
          {tabs.includes('invoices') && (
            <Tabs.Panel value="invoices" pt="md">
              <SubscriberInvoices subscriber={s} />
            </Tabs.Panel>
          )}
          {tabs.includes('tickets') && (
            <Tabs.Panel value="tickets" pt="md">
              <SubscriberTickets subscriber={s} />
            </Tabs.Panel>
          )}
        </Tabs>
      )}

      {/* Each modal mounts when opened, so its form starts from the subscriber as it is now. */}
      {editing && <EditSubscriberModal subscriber={s} opened onClose={edit.close} />}
      {changingPackage && <ChangePackageModal subscriber={s} opened onClose={packageModal.close} />}
      {extending && <ExtendExpiryModal subscriber={s} opened onClose={extendModal.close} />}
      {recordingPayment && <RecordPaymentModal subscriberId={s.id} subscriberName={s.name} opened onClose={paymentModal.close} />}
      {messaging && <SendMessageModal subscriber={s} onClose={messageModal.close} />}
      <ConfirmModal
        opened={confirmingSuspend}
        onClose={suspendConfirm.close}
        title="Suspend this subscriber?"
        confirmLabel="Suspend"
        color="orange"
        loading={suspend.isPending}
        onConfirm={() => suspend.mutate(undefined, { onSettled: suspendConfirm.close })}
      >
        {s.name} ({s.username}) loses service until someone reconnects them.
      </ConfirmModal>
      <ConfirmModal
        opened={confirmingDelete}
        onClose={deleteConfirm.close}
        title="Delete this subscriber?"
        confirmLabel="Delete"
        loading={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onError: deleteConfirm.close })}
      >
        {s.name} ({s.username}) and their notes are removed for good. The action log keeps a record of the deletion.
      </ConfirmModal>
    </Stack>
  );
}
