import { Avatar, Group, Paper, Stack, Text } from '@mantine/core';
import type { TicketReply } from '../../api/types';
import { formatDateTime } from '../../components/format';

/** An author outside the caller's reach, or deleted since, has no name here. */
const authorOf = (r: TicketReply) => r.authorName ?? 'Another account';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');

/** The thread: the first message, then the replies, oldest first (newest last), each with its author and time. */
export function TicketThread({ replies }: { replies: TicketReply[] }) {
  return (
    <Stack gap="sm" component="ol" aria-label="Thread" p={0} m={0} style={{ listStyle: 'none' }}>
      {replies.map((r) => (
        <Paper key={r.id} withBorder p="sm" radius="md" component="li" aria-label={`${authorOf(r)}, ${formatDateTime(r.createdAt)}`}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Avatar size="sm" radius="xl" color="blue" aria-hidden visibleFrom="xs">
              {initials(authorOf(r))}
            </Avatar>
            <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs" justify="space-between" wrap="wrap">
                <Text size="sm" fw={600}>
                  {authorOf(r)}
                </Text>
                <Text size="xs" c="dimmed" component="time" dateTime={r.createdAt}>
                  {formatDateTime(r.createdAt)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {r.body}
              </Text>
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
