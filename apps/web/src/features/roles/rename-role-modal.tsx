import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { Me, Role } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { roleErrorText } from './role-errors';
import { RoleNameInput } from './role-name-input';
import { validateRoleName } from './role-rules';
import { useRenameRole } from './use-rename-role';

/** Rename: a new display name; the stored name follows it (R2). The type never changes (R3). */
export function RenameRoleModal({ me, role, opened, onClose }: { me: Me; role: Role; opened: boolean; onClose: () => void }) {
  const rename = useRenameRole();
  const form = useForm({ mode: 'controlled', initialValues: { name: role.displayName }, validate: { name: validateRoleName } });
  useEffect(() => {
    if (opened) form.setValues({ name: role.displayName });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, role.displayName]);
  const close = () => {
    rename.reset();
    onClose();
  };

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={`Rename ${role.displayName}`}
      centered
      submitLabel="Rename"
      loading={rename.isPending}
      error={rename.isError && roleErrorText(rename.error, role)}
      errorTitle="The role was not renamed"
      onSubmit={form.onSubmit((values) =>
        rename.mutate(
          { id: role.id, name: values.name.trim() },
          {
            onSuccess: (renamed) => {
              notifications.show({ color: 'green', title: 'Role renamed', message: `Now ${renamed.displayName} (${renamed.name}).` });
              close();
            },
          },
        ),
      )}
    >
      <RoleNameInput branch={me.branch} {...form.getInputProps('name')} />
    </FormModal>
  );
}
