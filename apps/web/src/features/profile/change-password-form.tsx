import { Alert, Button, Group, Paper, PasswordInput, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { hasCode } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { useChangePassword } from './use-change-password';
import { WriteGate } from '../../components/write-gate';

/** Current password, New password, Repeat new password (my_profile_change_password). */
export function ChangePasswordForm({ email }: { email: string }) {
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: (v, values) =>
        v.length < 8
          ? 'At least 8 characters'
          : v.length > 200
            ? 'At most 200 characters'
            : v === values.currentPassword
              ? 'Choose a password different from the current one'
              : null,
      repeat: (v, values) => (v === values.newPassword ? null : 'The two new passwords differ'),
    },
  });
  const submit = form.onSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.reset(),
        onError: (error) => {
          if (hasCode(error, 'WRONG_CURRENT_PASSWORD')) form.setFieldError('currentPassword', error.message);
        },
      },
    ),
  );
  const fieldError = hasCode(change.error, 'WRONG_CURRENT_PASSWORD');
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="change-password-title" style={{ alignSelf: 'start' }}>
      <Title order={2} size="h4" mb={4} id="change-password-title">
        Change password
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Your other sessions (other browsers and devices) are signed out; this one stays signed in.
      </Text>
      {change.error && !fieldError && (
        <Alert color="red" role="alert" mb="sm">
          {describeError(change.error)}
        </Alert>
      )}
      {/* For password managers: which account this password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordInput label="Current password" autoComplete="current-password" mb="sm" {...form.getInputProps('currentPassword')} />
      <PasswordInput label="New password" autoComplete="new-password" description="At least 8 characters" mb="sm" {...form.getInputProps('newPassword')} />
      <PasswordInput label="Repeat new password" autoComplete="new-password" mb="md" {...form.getInputProps('repeat')} />
      <Group justify="flex-end">
        <WriteGate>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </WriteGate>
      </Group>
    </Paper>
  );
}
