import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { endedSessionReason, signIn } from '../../api/client';
import { ME_QUERY_KEY, useMe } from '../../session/use-me';
import { describeError } from '../../components/describe-error';

/** Only a path of this panel is followed after signing in, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const me = useMe();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  // The session may have ended in a page that was then left (a reload, a typed URL): the tab remembers why.
  const reason = (useLocation().state as { reason?: string } | null)?.reason ?? endedSessionReason();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : 'Enter the email address you sign in with'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });
  const attempt = useMutation({
    mutationFn: (values: { email: string; password: string }) => signIn(values.email.trim(), values.password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
  });
  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;
  return (
    <Center mih="100vh" p="md">
      <Paper component="form" onSubmit={form.onSubmit((values) => attempt.mutate(values))} withBorder p="xl" w="100%" maw={400} noValidate>
        <Stack>
          <Title order={1} size="h2">
            Sign in
          </Title>
          {reason && !attempt.error && (
            <Alert color="yellow" role="status">
              {reason}
            </Alert>
          )}
          {attempt.error && (
            <Alert color="red" role="alert">
              {describeError(attempt.error)}
            </Alert>
          )}
          <TextInput label="Email" type="email" autoComplete="username" {...form.getInputProps('email')} />
          <PasswordInput label="Password" autoComplete="current-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={attempt.isPending}>
            Sign in
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
