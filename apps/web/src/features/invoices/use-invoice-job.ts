import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { InvoiceJob } from '../../api/types';

export function jobFinished(job: InvoiceJob | undefined): boolean {
  return job?.state === 'completed' || job?.state === 'failed';
}

export function jobFailed(job: InvoiceJob | undefined): boolean {
  return job?.state === 'failed';
}

/** GET /invoices/jobs/:jobId, asked again every second until the job is finished. */
export function useInvoiceJob(jobId: string | null) {
  return useQuery({
    queryKey: ['invoices', 'job', jobId],
    queryFn: () => dataOf(api.GET('/api/invoices/jobs/{jobId}', { params: { path: { jobId: jobId ?? '' } } })),
    enabled: jobId !== null,
    refetchInterval: (q) => (jobFinished(q.state.data) ? false : 1000),
    refetchIntervalInBackground: true,
  });
}
