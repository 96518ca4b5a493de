import { Select, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { hasCode } from '../../api/client';
import { formatPrice } from '../../components/format';
import { usePackages } from '../../components/use-packages';
import { describeError } from '../../components/describe-error';
import { FormModal } from '../../components/form-modal';
import { checkAddress, checkName, checkPhone, checkUsername } from './subscriber-rules';
import { useCreateSubscriber } from './use-create-subscriber';
import { useOwners } from './use-owners';

interface Values {
  username: string;
  name: string;
  phone: string;
  address: string;
  packageId: string | null;
  ownerId: string | null;
  expiresAt: string | null;
}

/** Add subscriber (add_subscriber): the fields of POST /subscribers, checked as the API checks them. */
export function AddSubscriberModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const packages = usePackages();
  const owners = useOwners();
  const create = useCreateSubscriber();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { username: '', name: '', phone: '', address: '', packageId: null, ownerId: null, expiresAt: null },
    validate: {
      username: (v) => checkUsername(v.trim()),
      name: checkName,
      phone: checkPhone,
      address: checkAddress,
    },
  });

  const close = () => {
    form.reset();
    setFailure(null);
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    setFailure(null);
    create.mutate(
      {
        username: values.username.trim(),
        name: values.name.trim(),
        ...(values.phone.trim() && { phone: values.phone.trim() }),
        ...(values.address.trim() && { address: values.address.trim() }),
        ...(values.packageId && { packageId: Number(values.packageId) }),
        ...(values.ownerId && { ownerId: Number(values.ownerId) }),
        // The subscriber's service runs to the end of the chosen day, in the user's time zone.
        ...(values.expiresAt && { expiresAt: dayjs(values.expiresAt).endOf('day').toISOString() }),
      },
      {
        onSuccess: (created) => {
          close();
          void navigate(`/subscribers/${created.id}`);
        },
        onError: (error) => {
          if (hasCode(error, 'DUPLICATE_NAME')) form.setFieldError('username', error.message);
          else if (hasCode(error, 'NOT_FOUND'))
            setFailure('The chosen owner or package cannot be used: it is disabled, deleted or outside your scope. Choose another one.');
          else setFailure(describeError(error));
        },
      },
    );
  });

  const ownerChoices = owners.options.filter((o) => o.active).map(({ value, label }) => ({ value, label }));

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title="Add subscriber"
      size="lg"
      onSubmit={submit}
      submitLabel="Create"
      loading={create.isPending}
      error={failure}
      errorTitle="Could not add the subscriber"
    >
      <TextInput
        label="Username"
        description="3-64 letters, digits, dots, underscores or dashes; unique"
        required
        autoComplete="off"
        data-autofocus
        {...form.getInputProps('username')}
      />
      <TextInput label="Name" required {...form.getInputProps('name')} />
      <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
      <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
      <Select
        label="Package"
        placeholder={packages.isPending ? 'Loading packages…' : 'No package'}
        data={(packages.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} · ${formatPrice(p.price)} / ${p.validityDays} days` }))}
        error={packages.isError ? `Packages could not be loaded: ${packages.error.message}` : form.errors.packageId}
        clearable
        searchable
        nothingFoundMessage="No package matches"
        {...form.getInputProps('packageId')}
      />
      {owners.available && !owners.single && (
        <Select
          label="Owner"
          description="The operator the subscriber belongs to; empty for your own account"
          placeholder={owners.isPending ? 'Loading operators…' : 'Your account'}
          data={ownerChoices}
          clearable
          searchable
          nothingFoundMessage="No operator matches"
          {...form.getInputProps('ownerId')}
        />
      )}
      <DateInput
        label="Expiry"
        description={form.values.packageId ? 'Empty: today plus the package’s validity' : 'Empty: no expiry date'}
        placeholder="Pick a date"
        clearable
        minDate={dayjs().format('YYYY-MM-DD')}
        popoverProps={{ withinPortal: true }}
        {...form.getInputProps('expiresAt')}
      />
    </FormModal>
  );
}
