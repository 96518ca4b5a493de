import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import type { Ticket } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { BackLink, RecordField, RecordPage, useRecordId } from '../../components/record-page';
import { WriteGate } from '../../components/write-gate';
import { useCan } from '../../session/use-can';
import { SubscriberLink } from '../invoices';
import { AssignModal } from './assign-modal';
import { PriorityMenu } from './priority-menu';
import { ReplyForm } from './reply-form';
import { TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';
import { TicketThread } from './ticket-thread';
import { useDeleteTicket } from './use-delete-ticket';
import { useSetTicketStatus } from './use-set-ticket-status';
import { useTicket } from './use-ticket';

const BACK = { to: '/tickets', label: 'Tickets' };

/** A ticket (ticket_module): its facts, its thread, and each action only with its permission (R13). */
export function TicketPage() {
  const id = useRecordId();
  const ticket = useTicket(id);
  return (
    <RecordPage
      id={id}
      query={ticket}
      noun="Ticket"
      back={BACK}
      notFound="There is no ticket with this address in your scope: it may have been deleted, or its subscriber belongs to another operator."
    >
      {(ticket) => <TicketView ticket={ticket} />}
    </RecordPage>
  );
}

function TicketView({ ticket: t }: { ticket: Ticket }) {
  const can = useCan();
  const navigate = useNavigate();
  const [assigning, assign] = useDisclosure();
  const [confirmingDelete, deleteConfirm] = useDisclosure();
  const setStatus = useSetTicketStatus(t);
  const remove = useDeleteTicket(t, () => navigate('/tickets', { replace: true }));
  const closed = t.status === 'closed';

  return (
    <Stack gap="md">
      <BackLink {...BACK} />
      <PageHeader
        title={
          <>
            <Text span inherit ff="monospace">
              {t.number}
            </Text>{' '}
            {t.subject}
          </>
        }
      >
        <WriteGate permission="ticket_assign">
          <Button variant="default" onClick={assign.open}>
            Assign
          </Button>
        </WriteGate>
        <WriteGate permission="ticket_priority">
          <PriorityMenu ticket={t} />
        </WriteGate>
        <WriteGate permission="ticket_close">
          {closed ? (
            <Button variant="light" color="blue" onClick={() => setStatus.mutate('reopen')} loading={setStatus.isPending}>
              Reopen
            </Button>
          ) : (
            <Button variant="light" color="green" onClick={() => setStatus.mutate('close')} loading={setStatus.isPending}>
              Close
            </Button>
          )}
        </WriteGate>
        <WriteGate permission="delete_ticket">
          <Button variant="light" color="red" onClick={deleteConfirm.open}>
            Delete
          </Button>
        </WriteGate>
      </PageHeader>

      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md" verticalSpacing="sm">
          <RecordField label="Subscriber">
            <SubscriberLink id={t.subscriberId} name={t.subscriberName} />
          </RecordField>
          <RecordField label="Status">
            <TicketStatusBadge status={t.status} />
          </RecordField>
          <RecordField label="Priority">
            <TicketPriorityBadge priority={t.priority} />
          </RecordField>
          <RecordField label="Assignee">
            {t.assigneeName ?? (
              <Text span size="sm" c="dimmed">
                Unassigned
              </Text>
            )}
          </RecordField>
          <RecordField label="Opened">
            {formatDateTime(t.createdAt)}
            {t.createdByName && ` by ${t.createdByName}`}
          </RecordField>
          <RecordField label="Updated">{formatDateTime(t.updatedAt)}</RecordField>
        </SimpleGrid>
      </Card>

      <section aria-labelledby="thread-title">
        <Title order={2} size="h4" mb="sm" id="thread-title">
          Thread
        </Title>
        <TicketThread replies={t.replies} />
      </section>
      {can('ticket_reply') &&
        (closed ? (
          <Text size="sm" c="dimmed">
            This ticket is closed{can('ticket_close') ? ': reopen it to reply.' : '.'}
          </Text>
        ) : (
          <ReplyForm ticketId={t.id} />
        ))}

      {assigning && <AssignModal ticket={t} onClose={assign.close} />}
      <ConfirmModal
        opened={confirmingDelete}
        onClose={deleteConfirm.close}
        title="Delete this ticket?"
        confirmLabel="Delete"
        loading={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onError: deleteConfirm.close })}
      >
        {t.number} “{t.subject}” and its whole thread are removed for good. The action log keeps a record of the deletion.
      </ConfirmModal>
    </Stack>
  );
}
