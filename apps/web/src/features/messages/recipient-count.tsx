import { Text } from '@mantine/core';
import { MAX_MESSAGE_RECIPIENTS } from '@tiergate/access';
import type { MessageRecipientCount } from '../../api/types';

const subscribers = (n: number) => `${n.toLocaleString()} subscriber${n === 1 ? '' : 's'}`;

/** Whether a group of this size may be sent to (the API refuses an empty group and one past the bound). */
export const sendable = (count: MessageRecipientCount) => count.recipients > 0 && count.recipients <= MAX_MESSAGE_RECIPIENTS;

/**
 * The line under a group's filters: how many a send reaches now (POST /messages/count) and how many of them are
 * skipped for want of a phone; with every filter empty, that it is everyone the sender manages.
 */
export function RecipientCount({ count, everyone }: { count: MessageRecipientCount; everyone: boolean }) {
  const { recipients, withoutPhone } = count;
  const text =
    recipients === 0
      ? 'No subscriber matches'
      : recipients > MAX_MESSAGE_RECIPIENTS
        ? `Too many: ${subscribers(recipients)} match, and one send may reach at most ${MAX_MESSAGE_RECIPIENTS.toLocaleString()}. Narrow the filters.`
        : `${everyone ? `Reaches every subscriber you manage: ${recipients.toLocaleString()}` : `Reaches ${subscribers(recipients)}`}${
            withoutPhone ? ` (${withoutPhone.toLocaleString()} without a phone ${withoutPhone === 1 ? 'is' : 'are'} skipped)` : ''
          }`;
  return (
    <Text size="sm" fw={600} c={sendable(count) ? undefined : 'red'} role="status" aria-live="polite">
      {text}
    </Text>
  );
}
