import { Alert, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Account } from '../../../api/types';
import { useCan } from '../../../session/use-can';
import { FormModal } from '../../../components/form-modal';
import { permissionLabel } from '../../../components/describe-error';
import { accountErrorMessage } from '../errors';
import { waitsForDefaults } from '../../roles';
import { useRolesOfType } from '../use-roles-of-type';
import { useSetUserRole } from '../use-set-user-role';

/** Change role (change_user_role): only roles of the account's own type (DESIGN §2), visible to the caller (R7). */
export function ChangeRoleModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const can = useCan();
  const canListRoles = can('role_module');
  const roles = useRolesOfType(account.type, opened && canListRoles);
  const setRole = useSetUserRole(account.id);
  const [roleId, setRoleId] = useState<string | null>(String(account.role.id));
  const chosen = roles.data?.find((r) => String(r.id) === roleId);
  const changed = roleId !== null && roleId !== String(account.role.id);

  const close = () => {
    setRole.reset();
    setRoleId(String(account.role.id));
    onClose();
  };

  const options = (roles.data ?? []).map((r) => ({
    value: String(r.id),
    label: r.id === account.role.id ? `${r.displayName} (current)` : r.displayName,
  }));
  // The current role may be one the caller cannot see (R7): keep it in the list by its stored name.
  if (roles.isSuccess && !roles.data.some((r) => r.id === account.role.id)) {
    options.unshift({ value: String(account.role.id), label: `${account.role.name} (current)` });
  }

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={`Change role of ${account.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed) return;
        setRole.mutate(Number(roleId), {
          onSuccess: () => {
            notifications.show({ color: 'green', title: 'Role changed', message: `${account.name} now has the role ${chosen?.displayName ?? ''}.` });
            close();
          },
        });
      }}
      submitLabel="Save"
      disabled={!changed}
      loading={setRole.isPending}
      error={setRole.isError && accountErrorMessage(setRole.error)}
      errorTitle="Role not changed"
    >
      {canListRoles ? (
        <Select
          label="Role"
          data={options}
          value={roleId}
          onChange={setRoleId}
          searchable
          allowDeselect={false}
          placeholder={roles.isPending ? 'Loading roles…' : undefined}
          description={`Only ${account.typeName} roles can be given to this account`}
          error={roles.isError ? accountErrorMessage(roles.error) : undefined}
        />
      ) : (
        <Alert color="yellow" title="Roles cannot be listed">
          Choosing a role needs the “{permissionLabel('role_module')}” permission, which your account does not have.
        </Alert>
      )}
      {changed && chosen && (
        <Text size="sm" c="dimmed">
          {waitsForDefaults(chosen) ? 'This role is still waiting for its predefined permissions.' : `This role holds ${chosen.permissionCount} permissions.`}{' '}
          The account’s own grants and revokes stay as they are. The change applies to its very next request.
        </Text>
      )}
    </FormModal>
  );
}
