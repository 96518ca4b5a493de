import { Alert, List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isStaffType } from '@tiergate/access';
import type { Account } from '../../../api/types';
import { ConfirmModal } from '../../../components/confirm-modal';
import { accountErrorMessage } from '../errors';
import { useUpdateUser } from '../use-update-user';

/** Disable asks first and says who else is refused (R9): the account and everyone below it. */
export function DisableAccountModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  const update = useUpdateUser(account.id);
  const staff = isStaffType(account.type);
  const close = () => {
    update.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={opened}
      onClose={close}
      title={`Disable ${account.name}?`}
      confirmLabel="Disable"
      loading={update.isPending}
      error={update.isError && accountErrorMessage(update.error)}
      errorTitle="Not disabled"
      onConfirm={() =>
        update.mutate(
          { status: 'disabled' },
          {
            onSuccess: () => {
              notifications.show({ color: 'green', title: 'Disabled', message: `${account.name} can no longer sign in.` });
              close();
            },
          },
        )
      }
    >
      <List size="sm" spacing={6}>
        <List.Item>{account.name} is signed out at once and cannot sign in until it is enabled again.</List.Item>
        {!staff && (
          <List.Item>
            Everyone below it is refused too: its managers, the operators under it and all of their managers. Their own settings are kept, so enabling{' '}
            {account.name} again lets them back in (except those disabled on their own).
          </List.Item>
        )}
        <List.Item>Nothing is deleted: its {staff ? 'permissions and history stay' : 'customers, accounts and history stay'} as they are.</List.Item>
      </List>
    </ConfirmModal>
  );
}

/** Enable needs no question: it only gives back what Disable took. */
export function useEnableAccount(account: Account) {
  const update = useUpdateUser(account.id);
  const enable = () =>
    update.mutate(
      { status: 'active' },
      {
        onSuccess: () => notifications.show({ color: 'green', title: 'Enabled', message: `${account.name} can sign in again.` }),
        onError: (error) => notifications.show({ color: 'red', title: 'Not enabled', message: accountErrorMessage(error) }),
      },
    );
  return { enable, pending: update.isPending };
}

export function DisabledNote({ account }: { account: Account }) {
  if (account.status === 'active') return null;
  return (
    <Alert color="gray" variant="light" title="This account is disabled" maw={720}>
      <Text size="sm">It cannot sign in{isStaffType(account.type) ? '' : ', and nobody below it can either'}.</Text>
    </Alert>
  );
}
