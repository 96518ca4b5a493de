import { NumberInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Subscriber } from '../../api/types';
import { formatDate } from '../../components/format';
import { FormModal } from '../../components/form-modal';
import { useExtendExpiry } from './use-extend-expiry';
import { useNow } from '../../components/use-now';

const DAY_MS = 24 * 3600 * 1000;

/** Extend expiry (subscriber_expiry_extend): 1-3650 days, added to the later of today and the current expiry (as the API does). */
export function ExtendExpiryModal({ subscriber, opened, onClose }: { subscriber: Subscriber; opened: boolean; onClose: () => void }) {
  const extend = useExtendExpiry(subscriber, onClose);
  const form = useForm<{ days: number | string }>({
    mode: 'controlled',
    initialValues: { days: 30 },
    validate: { days: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 3650 ? null : 'Whole days from 1 to 3650') },
  });
  const days = typeof form.values.days === 'number' ? form.values.days : 0;
  const now = useNow();
  const from = Math.max(now, subscriber.expiresAt ? new Date(subscriber.expiresAt).getTime() : 0);
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Extend expiry"
      centered
      onSubmit={form.onSubmit(({ days: d }) => extend.mutate({ days: Number(d) }))}
      submitLabel="Extend"
      loading={extend.isPending}
    >
      <NumberInput
        label="Days"
        min={1}
        max={3650}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="strict"
        data-autofocus
        {...form.getInputProps('days')}
      />
      <Text size="sm">
        Expires now: {formatDate(subscriber.expiresAt)}
        {days >= 1 && days <= 3650 && <> · after: {formatDate(new Date(from + days * DAY_MS))}</>}
      </Text>
    </FormModal>
  );
}
