import { Alert, Button, Divider, Group, NumberInput, Paper, PasswordInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MAX_REMINDER_DAYS } from '@tiergate/access';
import type { MessageSettings as Settings } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { QueryState } from '../../components/query-state';
import { useCan } from '../../session/use-can';
import { WriteGate } from '../../components/write-gate';
import { useMessageSettings, useMessageTemplates, useSaveMessageSettings } from './use-messages';

const PROVIDERS = [
  { value: 'outbox', label: 'Outbox (stored, not sent)' },
  { value: 'http', label: 'HTTP gateway' },
];

/** Settings (sms_settings): the provider messages go out through, and the expiry reminders (off by default). */
export function MessageSettings() {
  const settings = useMessageSettings();
  return <QueryState query={settings}>{(data) => <SettingsForm settings={data} />}</QueryState>;
}

/** The form's values for the settings as the API has them (the token field always starts empty: write-only). */
const valuesOf = (s: Settings) => ({
  provider: s.provider,
  url: s.url ?? '',
  token: '',
  sender: s.sender ?? '',
  reminderEnabled: s.reminderEnabled,
  reminderDays: s.reminderDays as number | string,
  reminderTemplateId: s.reminderTemplateId === null ? null : String(s.reminderTemplateId),
});

function SettingsForm({ settings }: { settings: Settings }) {
  const save = useSaveMessageSettings();
  const can = useCan();
  const templates = useMessageTemplates(can('sms_template') || can('send_sms'));
  const form = useForm({
    mode: 'controlled',
    initialValues: valuesOf(settings),
    validate: {
      reminderDays: (v, values) =>
        !values.reminderEnabled || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_REMINDER_DAYS)
          ? null
          : `Whole days from 1 to ${MAX_REMINDER_DAYS}`,
      reminderTemplateId: (v, values) => (values.reminderEnabled && !v ? 'Choose the template reminders are sent with' : null),
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
        url: values.url.trim() || null,
        sender: values.sender.trim() || null,
        // Write-only: left empty, the token kept by the API stays.
        ...(values.token && { token: values.token }),
        reminderEnabled: values.reminderEnabled,
        reminderDays: Number(values.reminderDays),
        reminderTemplateId: values.reminderTemplateId ? Number(values.reminderTemplateId) : null,
      },
      {
        onSuccess: (saved) => {
          form.setInitialValues(valuesOf(saved));
          form.setValues(valuesOf(saved));
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
          description={
            http ? 'Each message is sent with one POST to the gateway.' : 'Messages are stored and marked sent: the history shows what would have gone out.'
          }
          {...form.getInputProps('provider')}
        />
        {http && (
          <>
            <TextInput label="URL" maxLength={500} placeholder="https://sms.example.com/send" {...form.getInputProps('url')} />
            <PasswordInput
              label="Token"
              autoComplete="new-password"
              maxLength={500}
              placeholder={settings.tokenSet ? 'set' : undefined}
              description={
                settings.tokenSet
                  ? 'A token is set (it is never shown). Leave empty to keep it; type a new one to replace it.'
                  : 'Not set. Once saved, it is never shown again.'
              }
              {...form.getInputProps('token')}
            />
            <TextInput label="Sender" maxLength={50} placeholder="The name or number messages come from" {...form.getInputProps('sender')} />
          </>
        )}
        <Divider my="xs" />
        <Switch
          label="Expiry reminders"
          description="A message to each active subscriber whose service ends within the days below, once per expiry date."
          {...form.getInputProps('reminderEnabled', { type: 'checkbox' })}
        />
        {form.values.reminderEnabled && (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label="Days before expiry"
              min={1}
              max={MAX_REMINDER_DAYS}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('reminderDays')}
            />
            <Select
              label="Reminder template"
              placeholder={templates.data?.length === 0 ? 'No templates yet' : 'Choose a template'}
              data={(templates.data ?? []).map((t) => ({ value: String(t.id), label: t.name }))}
              {...form.getInputProps('reminderTemplateId')}
            />
          </SimpleGrid>
        )}
        {save.isError && (
          <Alert color="red" role="alert" title="Not saved">
            {describeError(save.error)}
          </Alert>
        )}
        <Group justify="flex-end">
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
