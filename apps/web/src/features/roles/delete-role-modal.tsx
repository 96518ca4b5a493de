import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Role } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { notEligibleToDeleteText, roleErrorText } from './role-errors';
import { useDeleteRole } from './use-delete-role';

/** Delete with confirmation; a role still assigned (or a system role) is explained rather than attempted (R5). */
export function DeleteRoleModal({ role, opened, onClose, onDeleted }: { role: Role; opened: boolean; onClose: () => void; onDeleted?: () => void }) {
  const remove = useDeleteRole();
  const blocked = role.isSystem || role.userCount > 0;
  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <ConfirmModal
      opened={opened}
      onClose={close}
      title={`Delete ${role.displayName}?`}
      confirmLabel="Delete"
      cancelLabel={blocked ? 'Close' : 'Cancel'}
      loading={remove.isPending}
      error={remove.isError && roleErrorText(remove.error, role)}
      errorTitle="The role was not deleted"
      onConfirm={
        blocked
          ? undefined
          : () =>
              remove.mutate(role.id, {
                onSuccess: () => {
                  notifications.show({ color: 'green', title: 'Role deleted', message: `${role.name} was deleted.` });
                  close();
                  onDeleted?.();
                },
              })
      }
    >
      {blocked ? (
        <Alert color="yellow" title="This role cannot be deleted now">
          {notEligibleToDeleteText(role)}
        </Alert>
      ) : (
        <>
          The role <b>{role.name}</b> and its {role.permissionCount} permissions will be deleted. This cannot be undone.
        </>
      )}
    </ConfirmModal>
  );
}
