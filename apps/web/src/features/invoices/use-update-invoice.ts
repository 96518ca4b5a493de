import { api, dataOf } from '../../api/client';
import type { Invoice, InvoiceChanges } from '../../api/types';
import { useInvoiceMutation } from './use-invoice-mutation';

/** PATCH /invoices/:id (edit_invoice): amount and due date, until it is paid (409 after). */
export function useUpdateInvoice(invoice: Invoice, onDone: () => void) {
  return useInvoiceMutation({
    run: (body: InvoiceChanges) => dataOf(api.PATCH('/api/invoices/{id}', { params: { path: { id: invoice.id } }, body })),
    subscriberId: invoice.subscriberId,
    success: () => `Invoice ${invoice.number} saved`,
    failure: 'Could not save the invoice',
    onSuccess: onDone,
    inline: true,
  });
}
