import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Package } from '../../api/types';
import { useCan } from '../../session/use-can';
import { ConfirmModal } from '../../components/confirm-modal';
import { formatDate, formatPrice } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { usePackages } from '../../components/use-packages';
import { useSmallScreen } from '../../components/use-small-screen';
import { PackageFormModal } from './package-form-modal';
import { useDeletePackage } from './use-delete-package';

/** Packages (package_module, types 1-2): the installation's internet packages that operators assign to subscribers. */
export function PackagesPage() {
  const can = useCan();
  const packages = usePackages();
  const [editing, setEditing] = useState<Package | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Package | null>(null);
  const remove = useDeletePackage(() => setDeleting(null));
  const rowActions = can('edit_package') || can('delete_package');
  const phone = useSmallScreen();
  const actions = (p: Package) =>
    rowActions && (
      <Group gap="xs" wrap="nowrap">
        {can('edit_package') && (
          <Button size="xs" variant="default" onClick={() => setEditing(p)}>
            Edit
          </Button>
        )}
        {can('delete_package') && (
          <Button size="xs" variant="light" color="red" onClick={() => setDeleting(p)}>
            Delete
          </Button>
        )}
      </Group>
    );

  return (
    <Stack gap="md">
      <PageHeader title="Packages">{can('add_package') && <Button onClick={() => setEditing('new')}>Add package</Button>}</PageHeader>
      <QueryState
        query={packages}
        isEmpty={(data) => data.length === 0}
        empty={can('add_package') ? 'No packages yet. Add the first one with “Add package”.' : 'No packages yet.'}
      >
        {(data) =>
          phone ? (
            <Stack gap="xs" component="ul" aria-label="Packages" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.map((p) => (
                <Card key={p.id} component="li" withBorder padding="sm">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <div>
                      <Text fw={600}>{p.name}</Text>
                      <Text size="sm">
                        {formatPrice(p.price)} · {p.validityDays} days
                      </Text>
                      {p.description && (
                        <Text size="sm" c="dimmed">
                          {p.description}
                        </Text>
                      )}
                      <Text size="xs" c="dimmed">
                        Created {formatDate(p.createdAt)}
                      </Text>
                    </div>
                    {actions(p)}
                  </Group>
                </Card>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th ta="right">Price</Table.Th>
                    <Table.Th ta="right">Validity (days)</Table.Th>
                    <Table.Th>Description</Table.Th>
                    <Table.Th>Created</Table.Th>
                    {rowActions && <Table.Th>Actions</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td fw={500}>{p.name}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                        {formatPrice(p.price)}
                      </Table.Td>
                      <Table.Td ta="right">{p.validityDays}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c={p.description ? undefined : 'dimmed'}>
                          {p.description || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.createdAt)}</Table.Td>
                      {rowActions && <Table.Td>{actions(p)}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>

      {editing && <PackageFormModal pkg={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this package?"
        confirmLabel="Delete"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
      >
        {deleting?.name} is removed for good. A package that subscribers are on cannot be deleted: move them to another package first.
      </ConfirmModal>
    </Stack>
  );
}
