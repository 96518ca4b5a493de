import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { InvoiceJob } from '../../api/types';

const FINISHED = new Set(['completed', 'failed', 'done', 'succeeded', 'error']);

export function jobFinished(job: InvoiceJob | undefined): boolean {
  return !!job && FINISHED.has(job.state);
}

export function jobFailed(job: InvoiceJob | undefined): boolean {
  return !!job && (job.state === 'failed' || job.state === 'error');
}

/** GET /invoices/jobs/:jobId, asked again every second until the job is finished. */
export function useInvoiceJob(jobId: string | number | null) {
  return useQuery({
    queryKey: ['invoices', 'job', jobId],
    queryFn: () => api.get<InvoiceJob>(`/invoices/jobs/${encodeURIComponent(String(jobId))}`),
    enabled: jobId !== null,
    refetchInterval: (q) => (jobFinished(q.state.data) ? false : 1000),
    refetchIntervalInBackground: true,
  });
}
