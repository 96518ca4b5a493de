import { Alert, List, ScrollArea, Text } from '@mantine/core';
import type { FailedBilling } from '../../api/types';
import { SubscriberLink } from './subscriber-link';

/**
 * The subscribers a monthly run could not bill (R14: one subscriber never stops the run, everyone else is billed),
 * each by name with a link to its profile when the viewer may open it, and why.
 */
export function NotBilledAlert({ failed }: { failed: FailedBilling[] }) {
  if (!failed.length) return null;
  return (
    <Alert color="orange" role="alert" title={`${failed.length.toLocaleString()} ${failed.length === 1 ? 'subscriber' : 'subscribers'} could not be billed`}>
      <Text size="sm">Everyone else was billed. Settle these and run it again: it bills only those not yet invoiced.</Text>
      <ScrollArea.Autosize mah={200} mt="xs">
        <List size="sm" spacing={4}>
          {failed.map((f) => (
            <List.Item key={f.subscriberId}>
              <SubscriberLink id={f.subscriberId} name={f.subscriberName} />: {f.reason}
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </Alert>
  );
}
