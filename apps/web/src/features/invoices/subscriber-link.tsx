import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCan } from '../../session/use-can';

/** A subscriber in an accounting list: its name when the API sends it, a link to its profile when the account may open it. */
export function SubscriberLink({ id, name }: { id: number | null | undefined; name?: string | null }) {
  const can = useCan();
  if (id === null || id === undefined)
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  const label = name || `Subscriber #${id}`;
  return can('subscriber_profile') ? (
    <Anchor component={Link} to={`/subscribers/${id}`} size="sm">
      {label}
    </Anchor>
  ) : (
    <>{label}</>
  );
}
