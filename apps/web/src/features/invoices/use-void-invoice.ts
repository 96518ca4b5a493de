import { api, dataOf } from '../../api/client';
import type { Invoice } from '../../api/types';
import { useInvoiceMutation } from './use-invoice-mutation';

/** DELETE /invoices/:id (delete_invoice): voids it, kept for the record; 409 while payments are attached. */
export function useVoidInvoice(invoice: Invoice, onDone: () => void) {
  return useInvoiceMutation({
    run: () => dataOf(api.DELETE('/api/invoices/{id}', { params: { path: { id: invoice.id } } })),
    subscriberId: invoice.subscriberId,
    success: () => `Invoice ${invoice.number} voided`,
    failure: 'Could not void the invoice',
    onSuccess: onDone,
    inline: true,
  });
}
