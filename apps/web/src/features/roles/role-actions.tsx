import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import type { Me, Role } from '../../api/types';
import { useCan } from '../../session/use-can';
import { DeleteRoleModal } from './delete-role-modal';
import { RenameRoleModal } from './rename-role-modal';
import { roleErrorText } from './role-errors';
import { mayCreate } from './role-rules';
import { useCopyRole } from './use-copy-role';
import { WriteGate } from '../../components/write-gate';

/**
 * A role's actions, each only with its key (R13) and only where it can succeed: a system role is never renamed,
 * deleted or given new permissions; a copy needs a type the account may create (R1, R4); the account's own role's
 * permissions are not its own to change.
 */
export function RoleActions({
  me,
  role,
  withSetPermissions = false,
  size = 'compact-sm',
  wrap = false,
  onDeleted,
}: {
  me: Me;
  role: Role;
  withSetPermissions?: boolean;
  size?: 'compact-sm' | 'sm';
  /** Let the buttons wrap (phone cards). */
  wrap?: boolean;
  onDeleted?: () => void;
}) {
  const can = useCan();
  const copy = useCopyRole();
  const [renaming, rename] = useDisclosure();
  const [deleting, del] = useDisclosure();
  const changeable = !role.isSystem;
  const showSet = withSetPermissions && changeable && role.id !== me.role.id && can('set_role_permission');
  const showCopy = can('copy_role') && mayCreate(me, role.type);
  const showRename = changeable && can('edit_role');
  const showDelete = changeable && can('delete_role');
  if (!showSet && !showCopy && !showRename && !showDelete) return null;

  return (
    <Group gap={6} wrap={wrap ? 'wrap' : 'nowrap'}>
      {showSet && (
        <WriteGate>
          <Button component={Link} to={`/roles/${role.id}`} size={size} variant="light">
            Set permissions
          </Button>
        </WriteGate>
      )}
      {showCopy && (
        <WriteGate>
          <Button
            size={size}
            variant="default"
            loading={copy.isPending}
            onClick={() =>
              copy.mutate(role.id, {
                onSuccess: (created) =>
                  notifications.show({ color: 'green', title: 'Role copied', message: `${role.name} was copied as ${created.name}, with its permissions.` }),
                onError: (error) => notifications.show({ color: 'red', title: 'The role was not copied', message: roleErrorText(error, role) }),
              })
            }
          >
            Copy
          </Button>
        </WriteGate>
      )}
      {showRename && (
        <WriteGate>
          <Button size={size} variant="default" onClick={rename.open}>
            Rename
          </Button>
        </WriteGate>
      )}
      {showDelete && (
        <WriteGate>
          <Button size={size} variant="light" color="red" onClick={del.open}>
            Delete
          </Button>
        </WriteGate>
      )}
      {showRename && <RenameRoleModal me={me} role={role} opened={renaming} onClose={rename.close} />}
      {showDelete && <DeleteRoleModal role={role} opened={deleting} onClose={del.close} onDeleted={onDeleted} />}
    </Group>
  );
}
