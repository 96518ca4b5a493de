import { Select } from '@mantine/core';
import { useState } from 'react';
import type { Ticket } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { useTicketAssignees } from './use-ticket-assignees';
import { useUpdateTicket } from './use-update-ticket';

/** Assign (ticket_assign): one of the accounts that can see the ticket's subscriber, or nobody. */
export function AssignModal({ ticket, onClose }: { ticket: Ticket; onClose: () => void }) {
  const [assigneeId, setAssigneeId] = useState<number | null>(ticket.assigneeId);
  const assignees = useTicketAssignees(ticket.id, true);
  const update = useUpdateTicket(ticket, onClose);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={`Assign ${ticket.number}`}
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ assigneeId });
      }}
      submitLabel="Assign"
      loading={update.isPending}
      disabled={assigneeId === ticket.assigneeId}
    >
      <Select<number>
        label="Assignee"
        description="Accounts that can see this subscriber"
        placeholder={assignees.isPending ? 'Loading accounts…' : 'Nobody (unassigned)'}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': 'Clear Assignee' }}
        data={(assignees.data ?? []).map((a) => ({ value: a.id, label: `${a.name} · ${a.typeName}` }))}
        value={assigneeId}
        onChange={setAssigneeId}
        nothingFoundMessage="No account matches"
        error={assignees.isError ? `The accounts could not be loaded: ${assignees.error.message}` : undefined}
        data-autofocus
        comboboxProps={{ withinPortal: true }}
      />
    </FormModal>
  );
}
