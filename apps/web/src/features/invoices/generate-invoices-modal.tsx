import { Alert, Button, Group, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { InvoiceJob } from '../../api/types';
import { ModalActions } from '../../components/modal-actions';
import { useSmallScreen } from '../../components/use-small-screen';
import { refreshMoney } from '../../components/money-keys';
import { currentPeriod } from '@tiergate/access';
import { formatPeriod, periodRule } from '../../components/period';
import { NotBilledAlert } from './not-billed-alert';
import { useGenerateInvoices } from './use-generate-invoices';
import { invoiceError } from './use-invoice-mutation';
import { jobFailed, jobFinished, useInvoiceJob } from './use-invoice-job';

/** BullMQ reports progress as a number (0-100) or an object; anything else reads as "not yet known". */
function percentOf(job: InvoiceJob | undefined): number {
  if (!job) return 0;
  if (jobFinished(job) && !jobFailed(job)) return 100;
  const p = typeof job.progress === 'number' ? job.progress : Number((job.progress as unknown as { percent?: number })?.percent);
  return Number.isFinite(p) ? Math.max(0, Math.min(100, Math.round(p))) : 0;
}

/**
 * Generate invoices (generate_invoice): bills every active subscriber in the caller's scope once for a month. The
 * worker does it; the dialog follows the job (GET /invoices/jobs/:jobId) with a progress bar, then sums it up.
 * Running it again for the same month bills nobody twice, so closing the dialog early is harmless.
 */
export function GenerateInvoicesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const small = useSmallScreen();
  const queryClient = useQueryClient();
  const form = useForm({ mode: 'controlled', initialValues: { period: currentPeriod() }, validate: { period: periodRule } });
  const generate = useGenerateInvoices();
  const [started, setStarted] = useState<{ jobId: string; period: string } | null>(null);
  const job = useInvoiceJob(started?.jobId ?? null);
  const done = jobFinished(job.data);
  const failed = jobFailed(job.data);
  const percent = percentOf(job.data);

  useEffect(() => {
    if (done) refreshMoney(queryClient);
  }, [done, queryClient]);

  const submit = form.onSubmit(({ period }) => generate.mutate(period.trim(), { onSuccess: ({ jobId }) => setStarted({ jobId, period: period.trim() }) }));

  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={onClose} title="Generate invoices" fullScreen={small} centered>
      {!started ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              Every active subscriber you manage gets one invoice for the month, at its package price. Subscribers already invoiced for that month are skipped,
              so running it twice bills nobody twice.
            </Text>
            <TextInput label="Period" description="The month billed, YYYY-MM" data-autofocus {...form.getInputProps('period')} />
            <ModalActions
              onCancel={onClose}
              submitLabel="Generate"
              loading={generate.isPending}
              error={generate.isError ? invoiceError(generate.error) : null}
              errorTitle="Could not start the generation"
            />
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {formatPeriod(started.period)}
          </Text>
          <Progress value={percent} size="xl" animated={!done} color={failed ? 'red' : done ? 'green' : 'blue'} aria-label="Generation progress" />
          <Text size="sm" role="status" aria-live="polite">
            {job.isError
              ? 'The progress could not be read.'
              : failed
                ? 'The generation stopped.'
                : done
                  ? 'Done.'
                  : job.data
                    ? `${percent}% — ${job.data.state === 'queued' ? 'waiting for the worker' : 'billing'}…`
                    : 'Starting…'}
          </Text>
          {job.data && (
            <Group gap="lg">
              <Text size="sm">
                <strong>{job.data.created.toLocaleString()}</strong> {job.data.created === 1 ? 'invoice' : 'invoices'} created
              </Text>
              <Text size="sm">
                <strong>{job.data.skipped.toLocaleString()}</strong> skipped (already invoiced)
              </Text>
              {job.data.failed.length > 0 && (
                <Text size="sm">
                  <strong>{job.data.failed.length.toLocaleString()}</strong> not billed
                </Text>
              )}
            </Group>
          )}
          {failed && (
            <Alert color="red" role="alert" title="The generation failed">
              The worker could not finish. Invoices already created stay; run it again to bill the rest.
            </Alert>
          )}
          {job.isError && (
            <Alert color="red" role="alert" title="Could not read the progress">
              {invoiceError(job.error)}
            </Alert>
          )}
          {done && !failed && (
            <Alert color="green" title="Invoices generated">
              {job.data!.created.toLocaleString()} new {job.data!.created === 1 ? 'invoice' : 'invoices'} for {formatPeriod(started.period)};{' '}
              {job.data!.skipped.toLocaleString()} {job.data!.skipped === 1 ? 'subscriber was' : 'subscribers were'} already invoiced.
            </Alert>
          )}
          {done && !failed && <NotBilledAlert failed={job.data!.failed} />}
          <Group justify="flex-end" mt="xs">
            <Button variant={done ? 'filled' : 'default'} onClick={onClose}>
              {done || job.isError ? 'Done' : 'Run in the background'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
