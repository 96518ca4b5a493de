import { Alert, Anchor, Button, Group, PasswordInput, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, isEmail, isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ACCOUNT_TYPE_NAMES, AccountType, isStaffType, PHONE_PATTERN, type PermissionKey } from '@tiergate/access';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Me } from '../../../api/types';
import { useCan } from '../../../session/use-can';
import { FormModal } from '../../../components/form-modal';
import { PermissionEditor } from '../../../components/permission-editor/permission-editor';
import { hasDirectScope, newAccountLabel } from '../account-kinds';
import { permissionLabel } from '../../../components/describe-error';
import { accountErrorMessage } from '../errors';
import { type NewAccount, PermissionsNotSaved, useCreateUser } from '../use-create-user';
import { useRolePermissions } from '../use-role-permissions';
import { waitsForDefaults } from '../../roles';
import { useRolesOfType } from '../use-roles-of-type';

interface Values {
  name: string;
  email: string;
  password: string;
  phone: string;
  roleId: string | null;
  scope: 'direct' | 'subtree';
}

/**
 * New Manager / New Reseller (spec/managers.txt): name, login email, password, phone, the type fixed by the button,
 * a role of that type, the scope for staff, then optionally the granular permissions measured against the role.
 */
export function CreateAccountModal({ me, type, opened, onClose }: { me: Me; type: AccountType; opened: boolean; onClose: () => void }) {
  const can = useCan();
  const staff = isStaffType(type);
  const directOnly = hasDirectScope(me);
  const canListRoles = can('role_module');
  const create = useCreateUser();
  const [adjusting, setAdjusting] = useState(false);
  const [chosen, setChosen] = useState<PermissionKey[] | null>(null);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', email: '', password: '', phone: '', roleId: null, scope: 'direct' },
    validate: {
      name: isNotEmpty('Enter the name'),
      email: isEmail('Enter an email address like name@example.com'),
      password: hasLength({ min: 8 }, 'At least 8 characters'),
      phone: (v) => (v.trim() === '' || PHONE_PATTERN.test(v.trim()) ? null : 'Digits, spaces, ( ) and -, optionally starting with +'),
      roleId: isNotEmpty('Choose a role'),
    },
    onValuesChange: (values, previous) => {
      if (values.roleId !== previous.roleId) {
        setChosen(null);
        setAdjusting(false);
      }
    },
  });

  const roles = useRolesOfType(type, opened && canListRoles);
  const roleId = form.values.roleId ? Number(form.values.roleId) : null;
  const role = useRolePermissions(roleId, opened && canListRoles);
  const rolePermissions = role.data?.permissions;
  const pending = role.data !== undefined && waitsForDefaults(role.data);
  const held = useMemo(() => (me.type === AccountType.Admin ? ('all' as const) : new Set(me.permissions)), [me]);
  const value = chosen ?? rolePermissions ?? [];
  const roleSet = useMemo(() => new Set(rolePermissions ?? []), [rolePermissions]);
  const grants = value.filter((k) => !roleSet.has(k));
  const revokes = (rolePermissions ?? []).filter((k) => !value.includes(k));

  const close = () => {
    form.reset();
    setChosen(null);
    setAdjusting(false);
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        ...(values.phone.trim() && { phone: values.phone.trim() }),
        type: type as NewAccount['type'], // never the Admin: the panel offers no way to create one
        roleId: Number(values.roleId),
        ...(staff && { scope: directOnly ? 'direct' : values.scope }),
        grants: chosen ? grants : [],
        revokes: chosen ? revokes : [],
      },
      {
        onSuccess: (account) => {
          notifications.show({
            color: 'green',
            title: staff ? 'Manager created' : `${ACCOUNT_TYPE_NAMES[type]} created`,
            message: `${account.name} can now sign in with ${account.email}.`,
          });
          close();
        },
        onError: (error) => {
          if (error instanceof PermissionsNotSaved) {
            notifications.show({
              color: 'orange',
              title: 'Created without its permission changes',
              message: `${error.message}. Open the account and set them with Permissions.`,
            });
            close();
          }
        },
      },
    ),
  );

  const whose = isStaffType(me.type) ? 'your principal’s' : 'your';
  const roleOptions = (roles.data ?? []).map((r) => ({ value: String(r.id), label: r.displayName }));
  const title = newAccountLabel(type);

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={title}
      size={adjusting ? 'xl' : 'lg'}
      closeOnClickOutside={false}
      onSubmit={submit}
      submitLabel="Create"
      loading={create.isPending}
      disabled={!canListRoles}
      error={create.isError && !(create.error instanceof PermissionsNotSaved) && accountErrorMessage(create.error)}
      errorTitle="Not created"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
        <TextInput label="Name" required autoComplete="off" data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Email" required type="email" autoComplete="off" placeholder="The sign-in email" {...form.getInputProps('email')} />
        <PasswordInput label="Password" required autoComplete="new-password" placeholder="At least 8 characters" {...form.getInputProps('password')} />
        <TextInput label="Phone" type="tel" autoComplete="off" placeholder="Optional" {...form.getInputProps('phone')} />
      </SimpleGrid>
      <TextInput
        label="Type"
        value={ACCOUNT_TYPE_NAMES[type]}
        readOnly
        variant="filled"
        description={
          staff
            ? 'A manager works for your account, with the permissions you give it'
            : `An independent operator under your account, with its own customers and balance`
        }
      />
      {canListRoles ? (
        <Select
          label="Role"
          required
          placeholder={roles.isPending ? 'Loading roles…' : 'Choose a role'}
          data={roleOptions}
          searchable
          nothingFoundMessage="No role matches"
          comboboxProps={{ withinPortal: true }}
          description={
            roles.isSuccess && roleOptions.length === 0 ? (
              <>
                There is no {ACCOUNT_TYPE_NAMES[type]} role yet.{' '}
                {can('add_role') && (
                  <Anchor component={Link} to="/roles" size="xs">
                    Add one in Roles & Permissions
                  </Anchor>
                )}
              </>
            ) : (
              `Only ${ACCOUNT_TYPE_NAMES[type]} roles can be given to this account`
            )
          }
          error={roles.isError ? accountErrorMessage(roles.error) : undefined}
          {...form.getInputProps('roleId')}
        />
      ) : (
        <Alert color="yellow" title="Roles cannot be listed">
          Choosing a role needs the “{permissionLabel('role_module')}” permission, which your account does not have. Ask the account that manages yours.
        </Alert>
      )}
      {staff && (
        <Radio.Group
          label="Scope"
          description={directOnly ? 'Your own scope is Direct, so the managers you create are Direct too' : 'Which customers the manager sees'}
          {...form.getInputProps('scope')}
        >
          <Stack gap={6} mt={6}>
            <Radio value="direct" label="Direct" description={`Only ${whose} own customers`} />
            <Radio
              value="subtree"
              label="Subtree"
              description={`${whose[0].toUpperCase()}${whose.slice(1)} customers and those of every operator below`}
              disabled={directOnly}
            />
          </Stack>
        </Radio.Group>
      )}

      {roleId !== null && canListRoles && (
        <Stack gap="xs">
          <Text fw={600} size="sm">
            Permissions
          </Text>
          {role.isPending && (
            <Text size="sm" c="dimmed">
              Loading the role’s permissions…
            </Text>
          )}
          {role.isError && (
            <Text size="sm" c="red">
              {accountErrorMessage(role.error)}
            </Text>
          )}
          {role.isSuccess && pending && (
            <Text size="sm" c="dimmed">
              This role is still waiting for its predefined permissions. The account follows the role when they arrive; you can adjust its own permissions
              afterwards.
            </Text>
          )}
          {role.isSuccess && !pending && !adjusting && (
            <Group gap="sm" justify="space-between">
              <Text size="sm">The account gets the role’s {rolePermissions!.length} permissions.</Text>
              <Button variant="light" size="compact-sm" onClick={() => setAdjusting(true)}>
                Adjust permissions
              </Button>
            </Group>
          )}
          {role.isSuccess && !pending && adjusting && (
            <>
              <Text size="sm" c="dimmed">
                Starts as the role’s permissions. What you add is granted to this account only, what you remove is revoked from it: {grants.length} granted,{' '}
                {revokes.length} revoked.
              </Text>
              <PermissionEditor
                type={type}
                value={value}
                onChange={setChosen}
                held={held}
                note={(key) => (roleSet.has(key) ? (value.includes(key) ? 'from role' : 'revoked') : value.includes(key) ? 'granted' : null)}
              />
            </>
          )}
        </Stack>
      )}
    </FormModal>
  );
}
