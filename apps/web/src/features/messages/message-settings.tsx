import { Alert, Button, Group, Paper, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MessageSettings as Settings } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { QueryState } from '../../components/query-state';
import { WriteGate } from '../../components/write-gate';
import { useMessageSettings, useSaveMessageSettings } from './use-messages';

const PROVIDERS = [
  { value: 'outbox', label: 'Outbox (stored, not sent)' },
  { value: 'http', label: 'HTTP gateway' },
];

/** Settings (sms_settings): the provider messages go out through. */
export function MessageSettings() {
  const settings = useMessageSettings();
  return <QueryState query={settings}>{(data) => <SettingsForm settings={data} />}</QueryState>;
}

function SettingsForm({ settings }: { settings: Settings }) {
  const save = useSaveMessageSettings();
  const form = useForm({
    mode: 'controlled',
    initialValues: { provider: settings.provider, url: settings.url ?? '', token: '', sender: settings.sender ?? '' },
    validate: {
      url: (v, values) =>
        values.provider !== 'http' ? null : !v.trim() ? 'Enter the gateway’s URL' : /^https?:\/\/\S+$/i.test(v.trim()) ? null : 'An http:// or https:// URL',
      token: (v, values) => (values.provider === 'http' && !settings.tokenSet && !v ? 'Enter the gateway’s token' : null),
    },
  });
  const http = form.values.provider === 'http';
  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        provider: values.provider,
        url: values.url.trim() || undefined,
        sender: values.sender.trim() || undefined,
        // Write-only: left empty, the token kept by the API stays.
        ...(values.token && { token: values.token }),
      },
      {
        onSuccess: (saved) => {
          const next = { provider: saved.provider, url: saved.url ?? '', token: '', sender: saved.sender ?? '' };
          form.setInitialValues(next);
          form.setValues(next);
        },
      },
    ),
  );

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label="Message settings" maw={640}>
      <Stack gap="sm">
        <Select
          label="Provider"
          allowDeselect={false}
          data={PROVIDERS}
          description={http ? 'Each message is sent with one POST to the gateway.' : 'Messages are stored and marked sent: the history shows what would have gone out.'}
          {...form.getInputProps('provider')}
        />
        {http && (
          <>
            <TextInput label="URL" placeholder="https://sms.example.com/send" {...form.getInputProps('url')} />
            <PasswordInput
              label="Token"
              autoComplete="new-password"
              placeholder={settings.tokenSet ? 'set' : undefined}
              description={settings.tokenSet ? 'A token is set. Leave empty to keep it; type a new one to replace it.' : 'Not set.'}
              {...form.getInputProps('token')}
            />
            <TextInput label="Sender" placeholder="The name or number messages come from" {...form.getInputProps('sender')} />
          </>
        )}
        {save.isError && (
          <Alert color="red" role="alert" title="Not saved">
            {describeError(save.error)}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            The token is never shown again once saved.
          </Text>
          <WriteGate>
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              Save settings
            </Button>
          </WriteGate>
        </Group>
      </Stack>
    </Paper>
  );
}
