import { Alert, Button, Checkbox, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { permissionLabel, type PermissionKey } from '@tiergate/access';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AccessReview as Review } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { describeError } from '../../components/describe-error';
import { formatDateTime } from '../../components/format';
import { QueryState } from '../../components/query-state';
import { DEFAULT_DAYS, MAX_DAYS, REVIEW_KEY, useAccessReview, type ReviewTarget } from './use-access-review';
import { WriteGate } from '../../components/write-gate';

/** How the chosen keys go: through the ordinary permission change of the role or the account (R6 applies there). */
export interface Removal {
  /** Why the keys cannot be removed here (no permission, a system role, one's own role), or null when they can. */
  blockedReason: string | null;
  remove: (keys: PermissionKey[]) => Promise<unknown>;
}

/** Access review (R15): the keys held but not used in the last N days, to remove; the used ones below. */
export function AccessReview({ target, removal }: { target: ReviewTarget; removal: Removal }) {
  const [days, setDays] = useState<number | string>(DEFAULT_DAYS);
  const valid = typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_DAYS;
  const review = useAccessReview(target, valid ? days : DEFAULT_DAYS);
  return (
    <Stack gap="sm">
      <NumberInput
        label="Days"
        description="A permission counts as used when exercised within this many days"
        value={days}
        onChange={setDays}
        min={1}
        max={MAX_DAYS}
        allowDecimal={false}
        allowNegative={false}
        error={valid ? undefined : `Enter a whole number from 1 to ${MAX_DAYS}`}
        w={{ base: '100%', xs: 320 }}
      />
      <QueryState query={review}>{(data) => <ReviewLists key={`${data.days}`} target={target} review={data} removal={removal} />}</QueryState>
    </Stack>
  );
}

function ReviewLists({ target, review, removal }: { target: ReviewTarget; review: Review; removal: Removal }) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<PermissionKey[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unusedKeys = review.unused.map((k) => k.key);
  const picked = chosen.filter((k) => unusedKeys.includes(k));
  const toggle = (key: PermissionKey, on: boolean) => setChosen((prev) => (on ? [...prev, key] : prev.filter((k) => k !== key)));

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await removal.remove(picked);
      notifications.show({ color: 'green', title: 'Unused permissions removed', message: picked.map(permissionLabel).join(', ') });
      setConfirming(false);
      setChosen([]);
      await queryClient.invalidateQueries({ queryKey: [...REVIEW_KEY, target.kind, target.id] });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Not used in the last {review.days} days ({review.unused.length})
        </Title>
        {review.unused.length === 0 ? (
          <Text size="sm" c="dimmed">
            Every permission held was used in the last {review.days} days.
          </Text>
        ) : (
          <>
            {removal.blockedReason && (
              <Alert color="gray" variant="light">
                {removal.blockedReason}
              </Alert>
            )}
            <Table.ScrollContainer minWidth={480}>
              <Table aria-label="Unused permissions" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    {!removal.blockedReason && (
                      <Table.Th w={40}>
                        <Checkbox
                          aria-label="Choose all unused"
                          checked={picked.length === unusedKeys.length}
                          indeterminate={picked.length > 0 && picked.length < unusedKeys.length}
                          onChange={(e) => setChosen(e.currentTarget.checked ? unusedKeys : [])}
                        />
                      </Table.Th>
                    )}
                    <Table.Th>Permission</Table.Th>
                    <Table.Th>Last used</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {review.unused.map((k) => (
                    <Table.Tr key={k.key}>
                      {!removal.blockedReason && (
                        <Table.Td>
                          <Checkbox aria-label={k.label} checked={picked.includes(k.key)} onChange={(e) => toggle(k.key, e.currentTarget.checked)} />
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Text size="sm">{k.label}</Text>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {k.key}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={k.lastUsedAt ? undefined : 'dimmed'}>
                          {k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'never'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {!removal.blockedReason && (
              <Group>
                <WriteGate>
                  <Button color="red" variant="light" disabled={picked.length === 0} onClick={() => setConfirming(true)}>
                    Remove unused
                  </Button>
                </WriteGate>
                <Text size="sm" c="dimmed">
                  {picked.length === 0 ? 'Choose the permissions to remove.' : `${picked.length} chosen`}
                </Text>
              </Group>
            )}
          </>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          Used in the last {review.days} days ({review.used.length})
        </Title>
        {review.used.length === 0 ? (
          <Text size="sm" c="dimmed">
            None of these permissions was used in the last {review.days} days.
          </Text>
        ) : (
          <Table aria-label="Used permissions" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Permission</Table.Th>
                <Table.Th>Last used</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {review.used.map((k) => (
                <Table.Tr key={k.key}>
                  <Table.Td>
                    <Text size="sm">{permissionLabel(k.key)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(k.lastUsedAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <ConfirmModal
        opened={confirming}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
        title="Remove unused permissions?"
        confirmLabel="Remove"
        loading={pending}
        onConfirm={confirm}
        error={error}
        errorTitle="Nothing was removed"
      >
        <Stack gap="xs">
          <Text size="sm">These permissions will be removed (the change is in the action log):</Text>
          <ul style={{ margin: 0 }}>
            {picked.map((k) => (
              <li key={k}>
                {permissionLabel(k)}{' '}
                <Text span size="xs" c="dimmed" ff="monospace">
                  ({k})
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      </ConfirmModal>
    </Stack>
  );
}
