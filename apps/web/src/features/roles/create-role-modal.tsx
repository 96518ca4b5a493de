import { Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ACCOUNT_TYPE_NAMES, type AccountType } from '@tiergate/access';
import { useNavigate } from 'react-router';
import type { Me } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { roleErrorText } from './role-errors';
import { RoleNameInput } from './role-name-input';
import { creatableTypes, validateRoleName } from './role-rules';
import { useCreateRole } from './use-create-role';

/** Add role: Name and Type (only the types the account may create, R1); the stored name is shown as it is typed (R2). */
export function CreateRoleModal({ me, opened, onClose }: { me: Me; opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateRole();
  const types = creatableTypes(me);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', type: types.length === 1 ? String(types[0]) : '' },
    validate: {
      name: validateRoleName,
      type: (v) => (v ? null : 'Choose a type'),
    },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title="Add role"
      centered
      submitLabel="Create"
      loading={create.isPending}
      error={create.isError && roleErrorText(create.error)}
      errorTitle="The role was not created"
      onSubmit={form.onSubmit((values) =>
        create.mutate(
          { name: values.name.trim(), type: Number(values.type) as AccountType },
          {
            onSuccess: (role) => {
              notifications.show({
                color: 'green',
                title: 'Role created',
                message: `${role.name} was created. Its predefined permissions arrive shortly.`,
              });
              close();
              navigate(`/roles/${role.id}`);
            },
          },
        ),
      )}
    >
      <RoleNameInput branch={me.branch} placeholder="e.g. Sales Manager" {...form.getInputProps('name')} />
      <Select
        label="Type"
        placeholder="Choose a type"
        required
        allowDeselect={false}
        data={types.map((t) => ({ value: String(t), label: ACCOUNT_TYPE_NAMES[t] }))}
        comboboxProps={{ withinPortal: true }}
        {...form.getInputProps('type')}
      />
      <Text size="xs" c="dimmed">
        The role starts with the predefined permissions of its type once the background job has run; you can change them afterwards. The type cannot be changed
        later.
      </Text>
    </FormModal>
  );
}
