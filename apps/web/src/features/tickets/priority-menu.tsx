import { Button, Menu } from '@mantine/core';
import type { Ticket } from '../../api/types';
import { PRIORITY_OPTIONS } from './ticket-badges';
import { useUpdateTicket } from './use-update-ticket';

/** Priority (ticket_priority): a menu of the four priorities, the current one disabled. `disabled` in a preview. */
export function PriorityMenu({ ticket, disabled, ...aria }: { ticket: Ticket; disabled?: boolean; 'aria-description'?: string }) {
  const update = useUpdateTicket(ticket);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" disabled={disabled} loading={update.isPending} {...aria}>
          Priority
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {PRIORITY_OPTIONS.map((p) => (
          <Menu.Item key={p.value} disabled={p.value === ticket.priority} onClick={() => update.mutate({ priority: p.value })}>
            {p.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
