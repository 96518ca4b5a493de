import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';

/** POST /invoices/generate-monthly (generate_invoice): 202 with the job the worker runs. */
export function useGenerateInvoices() {
  return useMutation({
    mutationFn: (period: string) => dataOf(api.POST('/api/invoices/generate-monthly', { body: { period } })),
  });
}
