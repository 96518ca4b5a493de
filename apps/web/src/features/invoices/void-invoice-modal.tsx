import type { Invoice } from '../../api/types';
import { ConfirmModal } from '../../components/confirm-modal';
import { formatMoney } from '../../components/money';
import { formatPeriod } from '../../components/period';
import { invoiceError } from './use-invoice-mutation';
import { useVoidInvoice } from './use-void-invoice';

/** Void (delete_invoice): the invoice stays for the record with the status Void; the amount goes back to the balance. */
export function VoidInvoiceModal({ invoice, opened, onClose }: { invoice: Invoice; opened: boolean; onClose: () => void }) {
  const voiding = useVoidInvoice(invoice, onClose);
  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title={`Void invoice ${invoice.number}?`}
      confirmLabel="Void"
      loading={voiding.isPending}
      onConfirm={() => voiding.mutate(undefined)}
      error={voiding.isError ? invoiceError(voiding.error) : null}
      errorTitle="Could not void the invoice"
    >
      The invoice of {formatMoney(invoice.amount)} for {formatPeriod(invoice.period)} is kept for the record with the status Void, and the subscriber no longer
      owes it. An invoice with payments on it cannot be voided: void its payments first.
    </ConfirmModal>
  );
}
