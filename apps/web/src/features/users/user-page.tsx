import { Anchor, Badge, Button, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { ACCOUNT_TYPE_NAMES, isStaffType, type PermissionKey, principalTypeOf } from '@tiergate/access';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { hasCode } from '../../api/client';
import { permissionLabel } from '../../components/describe-error';
import type { Account, Me } from '../../api/types';
import { useCan } from '../../session/use-can';
import { useMe } from '../../session/use-me';
import { formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { NotFoundPage } from '../../components/status-page';
import { SCOPE_DESCRIPTIONS, SCOPE_WORDS } from './account-kinds';
import { AccountPermissionsModal } from './components/account-permissions-modal';
import { ChangeRoleModal } from './components/change-role-modal';
import { DeleteAccountModal } from './components/delete-account-modal';
import { EditAccountModal } from './components/edit-account-modal';
import { EffectivePermissionsModal } from './components/effective-permissions-modal';
import { DisableAccountModal, DisabledNote, useEnableAccount } from './components/status-modal';
import { StatusBadge } from './components/status-badge';
import { useRoleNames } from './use-role-names';
import { useSetUserPermissions } from './use-set-user-permissions';
import { useUser } from './use-user';
import { BalanceModal, hasPrepaidBalance } from '../ledger';
import { WriteGate } from '../../components/write-gate';
import { PreviewAsButton } from '../preview';
import { AccessReview } from '../review';

type Dialog = 'edit' | 'disable' | 'role' | 'permissions' | 'effective' | 'delete' | 'balance' | null;

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One account (UI.md /users/:id): its details and, each only with its permission and never on oneself, its actions. */
export function UserPage() {
  const id = Number(useParams().id);
  const me = useMe().data!;
  const user = useUser(Number.isInteger(id) && id > 0 ? id : null);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (hasCode(user.error, 'NOT_FOUND')) return <AccountNotFound />;
  return <QueryState query={user}>{(account) => <Profile account={account} me={me} />}</QueryState>;
}

function Profile({ account, me }: { account: Account; me: Me }) {
  const can = useCan();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { enable, pending: enabling } = useEnableAccount(account);
  const roleNames = useRoleNames(can('role_module'));
  const self = account.id === me.id;
  const staff = isStaffType(account.type);
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/users" size="sm">
        ← Resellers & Managers
      </Anchor>
      <PageHeader title={account.name}>
        {!self && (
          <WriteGate permission="edit_user">
            <Button variant="default" onClick={() => setDialog('edit')}>
              Edit
            </Button>
          </WriteGate>
        )}
        {!self && (
          <WriteGate permission="edit_user">
            {account.status === 'active' ? (
              <Button variant="default" color="red" onClick={() => setDialog('disable')}>
                Disable
              </Button>
            ) : (
              <Button loading={enabling} onClick={enable}>
                Enable
              </Button>
            )}
          </WriteGate>
        )}
        {!self && (
          <WriteGate permission="change_user_role">
            <Button variant="default" onClick={() => setDialog('role')}>
              Change role
            </Button>
          </WriteGate>
        )}
        {!self && (
          <WriteGate permission="change_user_role">
            <Button variant="default" onClick={() => setDialog('permissions')}>
              Permissions
            </Button>
          </WriteGate>
        )}
        {!self && hasPrepaidBalance(account.type) && (
          <WriteGate permission="add_balance">
            <Button variant="light" onClick={() => setDialog('balance')}>
              Top up balance
            </Button>
          </WriteGate>
        )}
        {can('user_profile') && (
          <Button variant="default" onClick={() => setDialog('effective')}>
            Effective permissions
          </Button>
        )}
        <PreviewAsButton target={{ kind: 'account', id: account.id }} />
        {!self && (
          <WriteGate permission="delete_user">
            <Button variant="light" color="red" onClick={() => setDialog('delete')}>
              Delete
            </Button>
          </WriteGate>
        )}
      </PageHeader>
      {(staff || self) && (
        <Group gap="xs" mt={-8}>
          {staff && (
            <Badge variant="light" color="grape">
              Manager
            </Badge>
          )}
          {self && <Badge variant="outline">You</Badge>}
        </Group>
      )}
      {self && (
        <Text size="sm" c="dimmed">
          This is your own account: nobody changes their own role, permissions or status. Your name, phone and password are in My profile.
        </Text>
      )}
      <DisabledNote account={account} />
      <Card withBorder radius="md" padding="md" maw={720}>
        <DataList labelWidth={130} withDivider>
          <Item label="Email">
            <Anchor href={`mailto:${account.email}`} size="sm" style={{ wordBreak: 'break-all' }}>
              {account.email}
            </Anchor>
          </Item>
          <Item label="Phone">
            {account.phone ?? (
              <Text span c="dimmed" size="sm">
                Not given
              </Text>
            )}
          </Item>
          <Item label="Type">{account.typeName}</Item>
          <Item label={staff ? 'Works for' : 'Parent'}>
            <Parent account={account} me={me} />
          </Item>
          <Item label="Role">
            {can('role_module') ? (
              <Anchor component={Link} to={`/roles/${account.role.id}`} size="sm">
                {roleNames.data?.get(account.role.id) ?? account.role.name}
              </Anchor>
            ) : (
              account.role.name
            )}
            {(account.grants.length > 0 || account.revokes.length > 0) && (
              <Text span size="xs" c="dimmed" ml={6}>
                with {account.grants.length} granted, {account.revokes.length} revoked
              </Text>
            )}
          </Item>
          {Object.keys(account.grantExpiry).length > 0 && (
            <Item label="Expiring grants">
              <Stack gap={2}>
                {Object.entries(account.grantExpiry).map(([key, at]) => (
                  <Text key={key} size="sm">
                    {permissionLabel(key as PermissionKey)}{' '}
                    <Text span size="xs" c="orange.8">
                      expires {formatDateTime(at)}
                    </Text>
                  </Text>
                ))}
              </Stack>
            </Item>
          )}
          <Item label="Status">
            <StatusBadge status={account.status} />
          </Item>
          {staff && (
            <Item label="Scope">
              {SCOPE_WORDS[account.scope]}
              <Text span size="xs" c="dimmed" ml={6}>
                {SCOPE_DESCRIPTIONS[account.scope]}
              </Text>
            </Item>
          )}
          {account.balance !== undefined && account.balance !== null && <Item label="Balance">{money.format(Number(account.balance))}</Item>}
          <Item label="Created">{formatDateTime(account.createdAt)}</Item>
        </DataList>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="access-review-title">
        <Title order={2} size="h3" id="access-review-title">
          Access review
        </Title>
        <AccountReview account={account} self={self} />
      </Stack>

      {dialog === 'edit' && <EditAccountModal me={me} account={account} opened onClose={close} />}
      {dialog === 'disable' && <DisableAccountModal account={account} opened onClose={close} />}
      {dialog === 'role' && <ChangeRoleModal account={account} opened onClose={close} />}
      {dialog === 'permissions' && <AccountPermissionsModal me={me} account={account} opened onClose={close} />}
      {dialog === 'effective' && <EffectivePermissionsModal account={account} opened onClose={close} />}
      {dialog === 'delete' && <DeleteAccountModal account={account} opened onClose={close} />}
      {dialog === 'balance' && <BalanceModal account={account} opened onClose={close} />}
    </Stack>
  );
}

/** 404: no such account, or one outside the caller's scope (R11): the API does not say which, nor do we. */
/** An unused key goes through the ordinary change of grants and revokes: a grant is dropped, a key of the role revoked. */
function AccountReview({ account, self }: { account: Account; self: boolean }) {
  const can = useCan();
  const save = useSetUserPermissions(account.id);
  const blockedReason = self
    ? 'This is your own account: its permissions are changed by the account above yours.'
    : !can('change_user_role')
      ? 'Your account may view this review but not change permissions.'
      : null;
  return (
    <AccessReview
      target={{ kind: 'user', id: account.id }}
      removal={{
        blockedReason,
        remove: (keys) =>
          save.mutateAsync({
            grants: account.grants.filter((k) => !keys.includes(k)),
            revokes: [...account.revokes, ...keys.filter((k) => !account.grants.includes(k))],
          }),
      }}
    />
  );
}

function AccountNotFound() {
  return (
    <Stack>
      <PageHeader title="Account not found" />
      <Text>There is no account at this address that you manage. It may have been deleted.</Text>
      <Button component={Link} to="/users" variant="default" w="fit-content">
        Back to Resellers & Managers
      </Button>
    </Stack>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** The parent as a link when the caller manages it; the caller itself, or its principal (which it cannot open), by name. */
function Parent({ account, me }: { account: Account; me: Me }) {
  const known = account.parentId === null || account.parentId === me.id || account.parentId === me.principalId;
  const parent = useUser(account.parentId, !known);
  if (account.parentId === null)
    return (
      <Text span c="dimmed" size="sm">
        None
      </Text>
    );
  if (account.parentId === me.id) return <>{me.name} (you)</>;
  if (account.parentId === me.principalId) {
    return <>Your principal ({ACCOUNT_TYPE_NAMES[principalTypeOf(me)]})</>;
  }
  return (
    <Anchor component={Link} to={`/users/${account.parentId}`} size="sm">
      {parent.data?.name ?? `Account #${account.parentId}`}
    </Anchor>
  );
}
