import { api, dataOf } from '../../api/client';
import { useInvoiceMutation } from './use-invoice-mutation';

/** POST /subscribers/:id/invoices (subscriber_invoice): amount defaults to the package price, period to this month. */
export function useCreateInvoice(subscriberId: number, onDone: () => void) {
  return useInvoiceMutation({
    run: (body: { amount?: string; period?: string }) => dataOf(api.POST('/api/subscribers/{id}/invoices', { params: { path: { id: subscriberId } }, body })),
    subscriberId,
    success: (invoice) => `Invoice ${invoice.number} issued`,
    failure: 'Could not issue the invoice',
    onSuccess: onDone,
    inline: true,
  });
}
