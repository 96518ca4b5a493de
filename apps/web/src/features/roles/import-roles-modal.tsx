import { FileInput, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ACCOUNT_TYPE_NAMES, type AccountType, formatRoleName } from '@tiergate/access';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { ImportedRole, Me } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { FormModal } from '../../components/form-modal';
import { useImportRoles } from './use-import-roles';

/** What the file holds: one exported role or an array of them, checked for shape only (the API checks the rest). */
function readRoles(text: string): ImportedRole[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON.');
  }
  const items = Array.isArray(data) ? data : [data];
  const isRole = (r: unknown): r is ImportedRole =>
    typeof r === 'object' &&
    r !== null &&
    typeof (r as ImportedRole).displayName === 'string' &&
    typeof (r as ImportedRole).type === 'number' &&
    Array.isArray((r as ImportedRole).permissions);
  if (items.length === 0 || !items.every(isRole)) throw new Error('This file is not a role export: each role needs displayName, type and permissions.');
  return items;
}

/** Import: choose a .json file of exported roles, see what will be created, then create them all or none. */
export function ImportRolesModal({ me, opened, onClose }: { me: Me; opened: boolean; onClose: () => void }) {
  const importRoles = useImportRoles();
  const [file, setFile] = useState<File | null>(null);
  const [roles, setRoles] = useState<ImportedRole[] | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const close = () => {
    setFile(null);
    setRoles(null);
    setFileError(null);
    importRoles.reset();
    onClose();
  };
  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setRoles(null);
    setFileError(null);
    importRoles.reset();
    if (!chosen) return;
    try {
      setRoles(readRoles(await chosen.text()));
    } catch (e) {
      setFileError((e as Error).message);
    }
  };

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title="Import roles"
      size="lg"
      centered
      submitLabel={roles && roles.length > 1 ? `Import ${roles.length} roles` : 'Import'}
      disabled={!roles}
      loading={importRoles.isPending}
      // The API's refusal as it is: it names the first role and key at fault.
      error={importRoles.isError && (importRoles.error instanceof ApiError ? importRoles.error.message : describeError(importRoles.error))}
      errorTitle="Nothing was imported"
      onSubmit={(event) => {
        event.preventDefault();
        if (!roles) return;
        importRoles.mutate(roles, {
          onSuccess: (created) => {
            notifications.show({ color: 'green', title: 'Roles imported', message: created.map((r) => r.name).join(', ') });
            close();
          },
        });
      }}
    >
      <FileInput
        label="Role file"
        description="A .json file from Export: one role, or a list of roles. All are created, or none."
        placeholder="Choose a .json file"
        accept=".json,application/json"
        value={file}
        onChange={choose}
        error={fileError}
        clearable
      />
      {roles && (
        <Table striped withTableBorder aria-label="Roles to import">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Will be created as</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th ta="right">Permissions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {r.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {formatRoleName(me.branch, r.displayName)}
                  </Text>
                </Table.Td>
                <Table.Td>{ACCOUNT_TYPE_NAMES[r.type as AccountType] ?? `Type ${r.type}`}</Table.Td>
                <Table.Td ta="right">{r.permissions.length}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </FormModal>
  );
}
