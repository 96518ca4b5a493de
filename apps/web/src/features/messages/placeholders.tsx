import { Code, Group, Text } from '@mantine/core';
import { MESSAGE_PLACEHOLDERS, type MessagePlaceholder } from '@tiergate/access';

/** What each placeholder becomes for a subscriber. */
const MEANINGS: Record<MessagePlaceholder, string> = { name: 'name', username: 'username', expiresAt: 'expiry date', balance: 'balance' };

/** The help under a message's text: which placeholders it may use (libs/access, as the API checks them). */
export function PlaceholderHelp() {
  return (
    <Group gap={6} component="span" wrap="wrap">
      <Text span size="xs">
        Placeholders, filled in per subscriber:
      </Text>
      {MESSAGE_PLACEHOLDERS.map((p) => (
        <Text span size="xs" key={p}>
          <Code>{`{{${p}}}`}</Code> {MEANINGS[p]}
        </Text>
      ))}
    </Group>
  );
}
