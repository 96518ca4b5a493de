import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Package } from '../../api/types';
import { useCan } from '../../session/use-can';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable, type Column } from '../../components/data-table';
import { formatDate, formatPrice } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { usePackages } from '../../components/use-packages';
import { PackageFormModal } from './package-form-modal';
import { useDeletePackage } from './use-delete-package';
import { WriteGate } from '../../components/write-gate';

/** Packages (package_module, types 1-2): the installation's internet packages that operators assign to subscribers. */
export function PackagesPage() {
  const can = useCan();
  const packages = usePackages();
  const [editing, setEditing] = useState<Package | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Package | null>(null);
  const remove = useDeletePackage(() => setDeleting(null));
  const rowActions = can('edit_package') || can('delete_package');
  const actions = (p: Package) =>
    rowActions && (
      <Group gap="xs" wrap="nowrap">
        <WriteGate permission="edit_package">
          <Button size="xs" variant="default" onClick={() => setEditing(p)}>
            Edit
          </Button>
        </WriteGate>
        <WriteGate permission="delete_package">
          <Button size="xs" variant="light" color="red" onClick={() => setDeleting(p)}>
            Delete
          </Button>
        </WriteGate>
      </Group>
    );

  const columns: Column<Package>[] = [
    {
      header: 'Name',
      card: 'title',
      cell: (p) => (
        <Text span inherit fw={500}>
          {p.name}
        </Text>
      ),
    },
    { header: 'Price', align: 'right', card: 'aside', cell: (p) => formatPrice(p.price) },
    { header: 'Validity (days)', align: 'right', cell: (p) => p.validityDays },
    {
      header: 'Description',
      text: 'long',
      cell: (p) => (
        <Text span size="sm" c={p.description ? undefined : 'dimmed'}>
          {p.description || '—'}
        </Text>
      ),
    },
    { header: 'Created', text: 'nowrap', cell: (p) => formatDate(p.createdAt) },
    ...(rowActions ? [{ header: 'Actions', card: 'actions' as const, cell: actions }] : []),
  ];

  return (
    <Stack gap="md">
      <PageHeader title="Packages">
        <WriteGate permission="add_package">
          <Button onClick={() => setEditing('new')}>Add package</Button>
        </WriteGate>
      </PageHeader>
      <QueryState
        query={packages}
        isEmpty={(data) => data.length === 0}
        empty={can('add_package') ? 'No packages yet. Add the first one with “Add package”.' : 'No packages yet.'}
      >
        {(data) => <DataTable label="Packages" columns={columns} rows={data} rowKey={(p) => p.id} minWidth={720} />}
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
