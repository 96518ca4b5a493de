import { Radio, Stack, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { isStaffType, PHONE_PATTERN } from '@tiergate/access';
import type { Account, Me } from '../../../api/types';
import { FormModal } from '../../../components/form-modal';
import { hasDirectScope, SCOPE_DESCRIPTIONS } from '../account-kinds';
import { accountErrorMessage } from '../errors';
import type { AccountChanges } from '../../../api/types';
import { useUpdateUser } from '../use-update-user';

/** Edit (edit_user): name, phone and, for staff, the scope. A direct-scope caller may only narrow to Direct (R11). */
export function EditAccountModal({ me, account, opened, onClose }: { me: Me; account: Account; opened: boolean; onClose: () => void }) {
  const update = useUpdateUser(account.id);
  const staff = isStaffType(account.type);
  const directOnly = hasDirectScope(me);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: account.name, phone: account.phone ?? '', scope: account.scope },
    validate: {
      name: isNotEmpty('Enter the name'),
      phone: (v: string) => (v.trim() === '' || PHONE_PATTERN.test(v.trim()) ? null : 'Digits, spaces, ( ) and -, optionally starting with +'),
    },
  });

  const close = () => {
    update.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const changes: AccountChanges = {};
    if (values.name.trim() !== account.name) changes.name = values.name.trim();
    const newPhone = values.phone.trim() || null;
    if (newPhone !== account.phone) changes.phone = newPhone;
    if (staff && values.scope !== account.scope) changes.scope = values.scope;
    if (!Object.keys(changes).length) return close();
    update.mutate(changes, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', title: 'Saved', message: `${saved.name}’s details were saved.` });
        close();
      },
    });
  });

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={`Edit ${account.name}`}
      onSubmit={submit}
      submitLabel="Save"
      loading={update.isPending}
      error={update.isError && accountErrorMessage(update.error)}
      errorTitle="Not saved"
    >
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <TextInput label="Phone" description="Optional; leave empty to remove it" type="tel" {...form.getInputProps('phone')} />
      {staff && (
        <Radio.Group
          label="Scope"
          description={directOnly ? 'Your own scope is Direct: you cannot give Subtree scope' : 'Which customers the manager sees'}
          {...form.getInputProps('scope')}
        >
          <Stack gap={6} mt={6}>
            <Radio value="direct" label="Direct" description={SCOPE_DESCRIPTIONS.direct} />
            <Radio value="subtree" label="Subtree" description={SCOPE_DESCRIPTIONS.subtree} disabled={directOnly && account.scope !== 'subtree'} />
          </Stack>
        </Radio.Group>
      )}
    </FormModal>
  );
}
