import { Badge } from '@mantine/core';
import type { InvoiceStatus } from '../../api/types';

const LOOK: Record<InvoiceStatus, { color: string; label: string }> = {
  open: { color: 'orange', label: 'Open' },
  paid: { color: 'green', label: 'Paid' },
  void: { color: 'gray', label: 'Void' },
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const look = LOOK[status] ?? { color: 'gray', label: status };
  return (
    <Badge variant="light" color={look.color} tt="none">
      {look.label}
    </Badge>
  );
}

export const INVOICE_STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
];
