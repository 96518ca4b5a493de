import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';

/** POST /invoices/generate-monthly (generate_invoice): 202 with the job the worker runs. */
export function useGenerateInvoices() {
  return useMutation({
    mutationFn: (period: string) => api.post<{ jobId: string | number }>('/invoices/generate-monthly', { period }),
  });
}
