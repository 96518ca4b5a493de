import { Alert, Button, Group, Modal, NumberInput, Progress, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MAX_EXPIRING_IN_DAYS, MAX_MESSAGE_BODY_LENGTH } from '@tiergate/access';
import { useState } from 'react';
import type { MessageJob, MessageRecipientsBody, SendMessagesBody } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { ModalActions } from '../../components/modal-actions';
import { useSmallScreen } from '../../components/use-small-screen';
import { STATUS_OPTIONS, useOwners } from '../subscribers';
import { PlaceholderHelp } from './placeholders';
import { RecipientCount, sendable } from './recipient-count';
import { jobFinished, useMessageJob, useMessageTemplates, useRecipientCount, useSendMessages } from './use-messages';

interface Values {
  status: string | null;
  ownerId: string | null;
  expiringInDays: number | string;
  content: 'template' | 'text';
  templateId: string | null;
  body: string;
}

type Filter = NonNullable<MessageRecipientsBody['filter']>;

function filterOf(v: Values): Filter {
  return {
    status: (v.status as Filter['status']) ?? undefined,
    ownerId: v.ownerId ? Number(v.ownerId) : undefined,
    expiringInDays: v.expiringInDays === '' ? undefined : Number(v.expiringInDays),
  };
}

/** BullMQ reports progress as a number (0-100); a finished job is full. */
function percentOf(job: MessageJob | undefined): number {
  if (!job) return 0;
  if (job.state === 'completed') return 100;
  const p = Number(job.progress);
  return Number.isFinite(p) ? Math.max(0, Math.min(100, Math.round(p))) : 0;
}

/**
 * Send message (send_sms): to one subscriber (from its profile) or to a group in the sender's scope (status, owner,
 * expiring within N days), from a template or free text. The worker sends; the dialog follows the job with a
 * progress bar until it is done, then says how many were sent, failed and skipped (no phone). For a group, a line
 * says beforehand how many it reaches, following the filters; Send waits for a group it may send to.
 */
export function SendMessageModal({ subscriber, onClose }: { subscriber?: { id: number; name: string }; onClose: () => void }) {
  const small = useSmallScreen();
  const owners = useOwners();
  const templates = useMessageTemplates();
  const send = useSendMessages();
  const [started, setStarted] = useState<{ jobId: string; recipients: number } | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { status: null, ownerId: null, expiringInDays: '', content: 'template', templateId: null, body: '' },
    validate: {
      expiringInDays: (v) =>
        v === '' || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_EXPIRING_IN_DAYS)
          ? null
          : `Whole days from 0 to ${MAX_EXPIRING_IN_DAYS}`,
      templateId: (v, values) => (values.content === 'template' && !v ? 'Choose a template' : null),
      body: (v, values) =>
        values.content !== 'text'
          ? null
          : !v.trim()
            ? 'Enter the message'
            : v.length > MAX_MESSAGE_BODY_LENGTH
              ? `At most ${MAX_MESSAGE_BODY_LENGTH} characters`
              : null,
    },
  });
  const filter = filterOf(form.values);
  const countable = !subscriber && form.isValid('expiringInDays');
  const count = useRecipientCount(filter, countable);
  const title = subscriber ? `Send message to ${subscriber.name}` : 'Send message';
  const submit = form.onSubmit((v) => {
    const content = v.content === 'template' ? { templateId: Number(v.templateId) } : { body: v.body.trim() };
    const recipients: Pick<SendMessagesBody, 'subscriberIds' | 'filter'> = subscriber ? { subscriberIds: [subscriber.id] } : { filter: filterOf(v) };
    send.mutate({ ...recipients, ...content }, { onSuccess: setStarted });
  });

  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened onClose={onClose} title={title} fullScreen={small} centered size="lg">
      {started ? (
        <SendProgress {...started} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {!subscriber && (
              <>
                <Text size="sm">To every subscriber you manage that matches all of these (leave one empty for any):</Text>
                <SimpleGrid cols={{ base: 1, xs: owners.available && !owners.single ? 3 : 2 }} spacing="sm">
                  <Select label="Status" placeholder="Any status" clearable data={STATUS_OPTIONS} {...form.getInputProps('status')} />
                  {owners.available && !owners.single && (
                    <Select label="Owner" placeholder="Any owner" clearable searchable data={owners.options} {...form.getInputProps('ownerId')} />
                  )}
                  <NumberInput
                    label="Expiring within (days)"
                    placeholder="Any expiry"
                    min={0}
                    max={MAX_EXPIRING_IN_DAYS}
                    allowDecimal={false}
                    allowNegative={false}
                    {...form.getInputProps('expiringInDays')}
                  />
                </SimpleGrid>
                {!countable ? null : count.data ? (
                  <RecipientCount count={count.data} everyone={Object.values(filter).every((c) => c === undefined)} />
                ) : count.isError ? (
                  <Text size="sm" c="red" role="alert">
                    Could not count the recipients: {describeError(count.error)}
                  </Text>
                ) : count.isFetching ? (
                  <Text size="sm" c="dimmed">
                    Counting the recipients…
                  </Text>
                ) : null}
              </>
            )}
            <SegmentedControl
              aria-label="Message"
              data={[
                { value: 'template', label: 'From a template' },
                { value: 'text', label: 'Free text' },
              ]}
              {...form.getInputProps('content')}
            />
            {form.values.content === 'template' ? (
              <Select
                label="Template"
                placeholder={templates.isPending ? 'Loading…' : templates.data?.length ? 'Choose a template' : 'No templates yet'}
                searchable
                data={(templates.data ?? []).map((t) => ({ value: String(t.id), label: t.name }))}
                description={(templates.data ?? []).find((t) => String(t.id) === form.values.templateId)?.body}
                {...form.getInputProps('templateId')}
              />
            ) : (
              <Textarea
                label="Text"
                autosize
                minRows={3}
                maxLength={MAX_MESSAGE_BODY_LENGTH}
                description={<PlaceholderHelp />}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                {...form.getInputProps('body')}
              />
            )}
            <ModalActions
              onCancel={onClose}
              submitLabel="Send"
              loading={send.isPending}
              disabled={countable && count.data !== undefined && !sendable(count.data)}
              error={send.isError ? describeError(send.error) : null}
              errorTitle="Not sent"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function SendProgress({ jobId, recipients, onClose }: { jobId: string; recipients: number; onClose: () => void }) {
  const job = useMessageJob(jobId);
  const done = jobFinished(job.data);
  const failed = job.data?.state === 'failed';
  const percent = percentOf(job.data);
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {recipients === 1 ? '1 recipient' : `${recipients.toLocaleString()} recipients`}
      </Text>
      <Progress value={percent} size="xl" animated={!done} color={failed ? 'red' : done ? 'green' : 'blue'} aria-label="Sending progress" />
      <Text size="sm" role="status" aria-live="polite">
        {job.isError
          ? 'The progress could not be read.'
          : failed
            ? 'The sending stopped.'
            : done
              ? 'Done.'
              : job.data
                ? `${percent}% — ${job.data.state === 'queued' ? 'waiting for the worker' : 'sending'}…`
                : 'Starting…'}
      </Text>
      {job.data && (
        <Group gap="lg">
          <Text size="sm">
            <strong>{job.data.sent.toLocaleString()}</strong> sent
          </Text>
          <Text size="sm">
            <strong>{job.data.failed.toLocaleString()}</strong> failed
          </Text>
          <Text size="sm">
            <strong>{job.data.skipped.toLocaleString()}</strong> skipped (no phone)
          </Text>
        </Group>
      )}
      {failed && (
        <Alert color="red" role="alert" title="The sending failed">
          The worker could not finish. Messages already sent stay sent; sending again reaches nobody twice within the same job only, so check the history first.
        </Alert>
      )}
      {job.isError && (
        <Alert color="red" role="alert" title="Could not read the progress">
          {describeError(job.error)}
        </Alert>
      )}
      <Group justify="flex-end" mt="xs">
        <Button variant={done ? 'filled' : 'default'} onClick={onClose}>
          {done || job.isError ? 'Done' : 'Run in the background'}
        </Button>
      </Group>
    </Stack>
  );
}
