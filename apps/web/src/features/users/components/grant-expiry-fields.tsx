import { Group, Paper, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { GRANT_EXPIRY_MAX_DAYS, type PermissionKey } from '@tiergate/access';
import dayjs from 'dayjs';
import { permissionLabel } from '../../../components/describe-error';
import { formatDateTime } from '../../../components/format';
import { useSmallScreen } from '../../../components/use-small-screen';

/** Each grant's expiry as the API takes it: an ISO moment, or none. */
export type GrantExpiry = Partial<Record<PermissionKey, string>>;

/**
 * R15: a grant on top of the role may carry **Expires** (UI.md): the moment it stops counting. One picker per grant,
 * each in a group named after the permission, so that people and tests tell them apart.
 */
export function GrantExpiryFields({ grants, value, onChange }: { grants: PermissionKey[]; value: GrantExpiry; onChange: (next: GrantExpiry) => void }) {
  const phone = useSmallScreen();
  if (!grants.length) return null;
  const now = new Date();
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label="Grant expiry">
      <Text fw={600} size="sm">
        Grants on top of the role
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        A grant with an expiry stops counting at that moment, on its own. Leave Expires empty for a grant that lasts.
      </Text>
      <Stack gap="xs">
        {grants.map((key) => (
          <Group key={key} role="group" aria-label={permissionLabel(key)} justify="space-between" gap="xs" wrap="wrap" align="flex-end">
            <div style={{ minWidth: 0, flex: '1 1 200px' }}>
              <Text size="sm">{permissionLabel(key)}</Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {key}
              </Text>
            </div>
            <DateTimePicker
              label="Expires"
              placeholder="Never"
              clearable
              clearButtonProps={{ 'aria-label': `Clear the expiry of ${permissionLabel(key)}` }}
              submitButtonProps={{ 'aria-label': 'Set expiry' }}
              dropdownType={phone ? 'modal' : 'popover'}
              minDate={now}
              maxDate={dayjs(now).add(GRANT_EXPIRY_MAX_DAYS, 'day').toDate()}
              valueFormat={(v: string) => formatDateTime(v)}
              value={value[key] ? dayjs(value[key]).format('YYYY-MM-DD HH:mm:ss') : null}
              onChange={(v) => onChange({ ...value, [key]: v ? dayjs(v).toISOString() : undefined })}
              w={{ base: '100%', xs: 240 }}
            />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
