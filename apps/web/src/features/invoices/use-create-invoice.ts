import { api } from '../../api/client';
import type { Invoice } from '../../api/types';
import { useInvoiceMutation } from './use-invoice-mutation';

/** POST /subscribers/:id/invoices (subscriber_invoice): amount defaults to the package price, period to this month. */
export function useCreateInvoice(subscriberId: number, onDone: () => void) {
  return useInvoiceMutation({
    run: (body: { amount?: string; period?: string }) => api.post<Invoice>(`/subscribers/${subscriberId}/invoices`, body),
    subscriberId,
    success: (invoice) => `Invoice ${invoice.number} issued`,
    failure: 'Could not issue the invoice',
    onSuccess: onDone,
    inline: true,
  });
}
