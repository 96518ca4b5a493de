import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MessageTemplate } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable, type Column } from '../../components/data-table';
import { describeError } from '../../components/describe-error';
import { formatDateTime } from '../../components/format';
import { QueryState } from '../../components/query-state';
import { WriteGate } from '../../components/write-gate';
import { TemplateFormModal } from './template-form-modal';
import { useDeleteTemplate, useMessageTemplates } from './use-messages';

/** Templates (sms_template): the texts operators send, with placeholders; add, edit and delete. */
export function MessageTemplates() {
  const templates = useMessageTemplates();
  const [editing, setEditing] = useState<MessageTemplate | 'new' | null>(null);
  const [deleting, setDeleting] = useState<MessageTemplate | null>(null);
  const remove = useDeleteTemplate();

  const columns: Column<MessageTemplate>[] = [
    {
      header: 'Name',
      card: 'title',
      cell: (t) => (
        <Text span inherit fw={500}>
          {t.name}
        </Text>
      ),
    },
    { header: 'Message', text: 'long', cell: (t) => t.body },
    { header: 'Changed', text: 'nowrap', card: 'subtitle', cell: (t) => formatDateTime(t.updatedAt) },
    {
      header: 'Actions',
      card: 'actions',
      cell: (t) => (
        <Group gap="xs" wrap="nowrap">
          <WriteGate>
            <Button size="xs" variant="default" onClick={() => setEditing(t)}>
              Edit
            </Button>
          </WriteGate>
          <WriteGate>
            <Button size="xs" variant="light" color="red" onClick={() => setDeleting(t)}>
              Delete
            </Button>
          </WriteGate>
        </Group>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <WriteGate>
          <Button variant="default" onClick={() => setEditing('new')}>
            Add template
          </Button>
        </WriteGate>
      </Group>
      <QueryState query={templates} isEmpty={(data) => data.length === 0} empty="No templates yet. Add one with “Add template”.">
        {(data) => <DataTable label="Templates" columns={columns} rows={data} rowKey={(t) => t.id} minWidth={720} />}
      </QueryState>
      {editing && <TemplateFormModal template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        title="Delete this template?"
        confirmLabel="Delete"
        loading={remove.isPending}
        error={remove.isError && describeError(remove.error, { NOT_FOUND: 'This template no longer exists.' })}
        errorTitle="Not deleted"
        onConfirm={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
      >
        {deleting?.name} is removed for good. Messages already sent with it stay in the history.
      </ConfirmModal>
    </Stack>
  );
}
