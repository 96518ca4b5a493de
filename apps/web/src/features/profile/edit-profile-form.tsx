import { Button, Group, Paper, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PHONE_PATTERN } from '@tiergate/access';
import type { Me } from '../../api/types';
import { useUpdateMe } from './use-update-me';
import { WriteGate } from '../../components/write-gate';

/** Name and phone (edit_my_profile); an emptied phone is cleared. */
export function EditProfileForm({ me }: { me: Me }) {
  const update = useUpdateMe();
  const form = useForm({
    initialValues: { name: me.name, phone: me.phone ?? '' },
    validate: {
      name: (v) => (!v.trim() ? 'Enter your name' : v.trim().length > 100 ? 'At most 100 characters' : null),
      phone: (v) => (v.trim() && !PHONE_PATTERN.test(v.trim()) ? 'Digits, spaces, ( ) and -, with an optional leading +' : null),
    },
  });
  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    const phone = values.phone.trim() || null;
    const changes = { ...(name !== me.name && { name }), ...(phone !== me.phone && { phone }) };
    if (Object.keys(changes).length === 0) return;
    update.mutate(changes, {
      onSuccess: (saved) => {
        form.setInitialValues({ name: saved.name, phone: saved.phone ?? '' });
        form.setValues({ name: saved.name, phone: saved.phone ?? '' });
      },
    });
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="edit-profile-title">
      <Title order={2} size="h4" mb="sm" id="edit-profile-title">
        Edit your details
      </Title>
      <TextInput label="Name" autoComplete="name" mb="sm" {...form.getInputProps('name')} />
      <TextInput label="Phone" type="tel" autoComplete="tel" description="Leave empty to remove it" mb="md" {...form.getInputProps('phone')} />
      <Group justify="flex-end">
        <WriteGate>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save
          </Button>
        </WriteGate>
      </Group>
    </Paper>
  );
}
