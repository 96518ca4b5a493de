import { Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Subscriber } from '../../api/types';
import { useCan } from '../../session/use-can';
import { describeError } from '../../components/describe-error';
import { FormModal } from '../../components/form-modal';
import { checkAddress, checkName, checkPhone } from './subscriber-rules';
import type { SubscriberChanges } from '../../api/types';
import { useUpdateSubscriber } from './use-update-subscriber';
import { useOwners } from './use-owners';

interface Values {
  name: string;
  phone: string;
  address: string;
  ownerId: string;
}

/** Edit (edit_subscriber): name, phone, address; the owner too with transfer_subscriber. Only changed fields are sent. */
export function EditSubscriberModal({ subscriber, opened, onClose }: { subscriber: Subscriber; opened: boolean; onClose: () => void }) {
  const can = useCan();
  const owners = useOwners();
  const mayTransfer = can('transfer_subscriber') && owners.available && !owners.single;
  const update = useUpdateSubscriber(subscriber, onClose);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: subscriber.name, phone: subscriber.phone ?? '', address: subscriber.address ?? '', ownerId: String(subscriber.ownerId) },
    validate: { name: checkName, phone: checkPhone, address: checkAddress },
  });

  const submit = form.onSubmit((values) => {
    const changes: SubscriberChanges = {};
    if (values.name.trim() !== subscriber.name) changes.name = values.name.trim();
    if (values.phone.trim() !== (subscriber.phone ?? '')) changes.phone = values.phone.trim() || null;
    if (values.address.trim() !== (subscriber.address ?? '')) changes.address = values.address.trim() || null;
    if (mayTransfer && values.ownerId !== String(subscriber.ownerId)) changes.ownerId = Number(values.ownerId);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(changes);
  });

  // The current owner stays choosable even when the list does not hold it (disabled, or beyond the list's size).
  const ownerChoices = owners.options.filter((o) => o.active || o.value === String(subscriber.ownerId)).map(({ value, label }) => ({ value, label }));
  if (!ownerChoices.some((o) => o.value === String(subscriber.ownerId)))
    ownerChoices.push({ value: String(subscriber.ownerId), label: owners.nameOf(subscriber.ownerId) });

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Edit ${subscriber.username}`}
      size="lg"
      onSubmit={submit}
      submitLabel="Save"
      loading={update.isPending}
      error={update.isError && describeError(update.error)}
      errorTitle="Not saved"
    >
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
      <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
      {mayTransfer && (
        <Select
          label="Owner"
          description="Its invoices, payments and ledger entries move with it; the former owner no longer sees them"
          data={ownerChoices}
          searchable
          allowDeselect={false}
          nothingFoundMessage="No operator matches"
          {...form.getInputProps('ownerId')}
        />
      )}
    </FormModal>
  );
}
