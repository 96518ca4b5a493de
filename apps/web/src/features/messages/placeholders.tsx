import { Code, Group, Text } from '@mantine/core';

/** The placeholders a message may hold (API.md), with what each becomes for a subscriber. */
export const PLACEHOLDERS = [
  ['{{name}}', 'name'],
  ['{{username}}', 'username'],
  ['{{expiresAt}}', 'expiry date'],
  ['{{balance}}', 'balance'],
] as const;

/** The help under a message's text: which placeholders it may use. */
export function PlaceholderHelp() {
  return (
    <Group gap={6} component="span" wrap="wrap">
      <Text span size="xs">
        Placeholders, filled in per subscriber:
      </Text>
      {PLACEHOLDERS.map(([placeholder, meaning]) => (
        <Text span size="xs" key={placeholder}>
          <Code>{placeholder}</Code> {meaning}
        </Text>
      ))}
    </Group>
  );
}
