import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import type { Account } from '../../../api/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { accountErrorMessage } from '../errors';
import { useDeleteUser } from '../use-delete-user';

/** Delete (delete_user), after a question; 409 while the account still owns subscribers, accounts or roles. */
export function DeleteAccountModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const remove = useDeleteUser(account.id);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={opened}
      onClose={close}
      title={`Delete ${account.name}?`}
      confirmLabel="Delete"
      loading={remove.isPending}
      error={remove.isError && accountErrorMessage(remove.error)}
      errorTitle="Not deleted"
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notifications.show({ color: 'green', title: 'Deleted', message: `${account.name} was deleted.` });
            void navigate('/users', { replace: true });
          },
        })
      }
    >
      The account {account.email} is removed for good and can no longer sign in. Its entries in the action log stay. An account that still owns subscribers,
      accounts or roles cannot be deleted: move those first, or disable it instead.
    </ConfirmModal>
  );
}
