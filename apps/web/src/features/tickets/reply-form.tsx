import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { WriteGate } from '../../components/write-gate';
import { TICKET_BODY_MAX } from '@tiergate/access';
import { checkBody } from './ticket-rules';
import { useReplyTicket } from './use-reply-ticket';

/** Reply (ticket_reply): a message added at the end of the thread. */
export function ReplyForm({ ticketId }: { ticketId: number }) {
  const form = useForm({ mode: 'controlled', initialValues: { body: '' }, validate: { body: checkBody } });
  const reply = useReplyTicket(ticketId, () => form.reset());
  return (
    <form onSubmit={form.onSubmit((v) => reply.mutate(v.body.trim()))} noValidate>
      <Stack gap="xs">
        <Textarea label="Your reply" autosize minRows={3} maxRows={10} maxLength={TICKET_BODY_MAX} {...form.getInputProps('body')} />
        <Group justify="flex-end">
          <WriteGate>
            <Button type="submit" loading={reply.isPending}>
              Reply
            </Button>
          </WriteGate>
        </Group>
      </Stack>
    </form>
  );
}
