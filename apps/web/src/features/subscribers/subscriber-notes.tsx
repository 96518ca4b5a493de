import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { WriteGate } from '../../components/write-gate';
import { formatDateTime } from '../../components/format';
import { QueryState } from '../../components/query-state';
import { useAddNote } from './use-add-note';
import { useSubscriberNotes } from './use-subscriber-notes';

/** Notes (subscriber_notes): staff's free-text remarks on a subscriber, newest first, and a box to add one. */
export function SubscriberNotes({ subscriberId }: { subscriberId: number }) {
  const notes = useSubscriberNotes(subscriberId);
  const form = useForm({
    mode: 'controlled',
    initialValues: { body: '' },
    validate: { body: (v) => (!v.trim() ? 'Write the note first' : v.length > 2000 ? 'At most 2000 characters' : null) },
  });
  const add = useAddNote(subscriberId, () => form.reset());
  return (
    <Stack gap="md">
      <form onSubmit={form.onSubmit(({ body }) => add.mutate(body.trim()))} noValidate>
        <Stack gap="xs">
          <Textarea label="New note" placeholder="What happened, what was agreed…" autosize minRows={2} maxRows={8} {...form.getInputProps('body')} />
          <Group justify="flex-end">
            <WriteGate>
              <Button type="submit" loading={add.isPending}>
                Add note
              </Button>
            </WriteGate>
          </Group>
        </Stack>
      </form>
      <QueryState query={notes} isEmpty={(data) => data.length === 0} empty="No notes yet.">
        {(data) => (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Notes">
            {data.map((note) => (
              <Card key={note.id} withBorder padding="sm" component="li">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {note.body}
                </Text>
                <Text size="xs" c="dimmed" mt={4}>
                  {note.authorName} · {formatDateTime(note.createdAt)}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
