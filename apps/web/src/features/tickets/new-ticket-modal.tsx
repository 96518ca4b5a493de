import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TicketPriority } from '@tiergate/access';
import { describeError } from '../../components/describe-error';
import { FormModal } from '../../components/form-modal';
import { SubscriberPicker } from './subscriber-picker';
import { TICKET_BODY_MAX, TICKET_SUBJECT_MAX } from '@tiergate/access';
import { PRIORITY_OPTIONS } from './ticket-badges';
import { checkBody, checkSubject } from './ticket-rules';
import { useCreateTicket } from './use-create-ticket';

interface Values {
  subscriberId: number | null;
  subject: string;
  body: string;
  priority: TicketPriority;
}

/**
 * New ticket (add_ticket): a complaint of one subscriber, chosen here or fixed (from its profile), with its subject,
 * first message and priority. The new ticket's page opens.
 */
export function NewTicketModal({ subscriber, onClose }: { subscriber?: { id: number; name: string }; onClose: () => void }) {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const create = useCreateTicket((ticket) => {
    onClose();
    void navigate(`/tickets/${ticket.id}`);
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { subscriberId: subscriber?.id ?? null, subject: '', body: '', priority: 'normal' },
    validate: {
      subscriberId: (v) => (v === null ? 'Choose the subscriber who complains' : null),
      subject: checkSubject,
      body: checkBody,
    },
  });
  const submit = form.onSubmit((v) => {
    setFailure(null);
    create.mutate(
      { subscriberId: v.subscriberId!, subject: v.subject.trim(), body: v.body.trim(), priority: v.priority },
      { onError: (error) => setFailure(describeError(error, { NOT_FOUND: 'This subscriber no longer exists, or it is outside your scope.' })) },
    );
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title="New ticket"
      size="lg"
      onSubmit={submit}
      submitLabel="Open ticket"
      loading={create.isPending}
      error={failure}
      errorTitle="Could not open the ticket"
    >
      {subscriber ? (
        <Text size="sm">
          Subscriber: <strong>{subscriber.name}</strong>
        </Text>
      ) : (
        <SubscriberPicker
          value={form.values.subscriberId}
          onChange={(id) => form.setFieldValue('subscriberId', id)}
          error={form.errors.subscriberId as string}
        />
      )}
      <TextInput label="Subject" required maxLength={TICKET_SUBJECT_MAX} data-autofocus={subscriber ? true : undefined} {...form.getInputProps('subject')} />
      <Textarea
        label="Message"
        description="What the subscriber reports"
        required
        autosize
        minRows={4}
        maxRows={12}
        maxLength={TICKET_BODY_MAX}
        {...form.getInputProps('body')}
      />
      <Select label="Priority" data={PRIORITY_OPTIONS} allowDeselect={false} {...form.getInputProps('priority')} />
    </FormModal>
  );
}
