import { NumberInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MAX_MONEY_AMOUNT } from '@tiergate/access';
import { hasCode } from '../../api/client';
import type { Package } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { FormModal } from '../../components/form-modal';
import { useSavePackage } from './use-save-package';

interface Values {
  name: string;
  price: number | string;
  validityDays: number | string;
  description: string;
}

const MAX_PRICE = MAX_MONEY_AMOUNT;

/** The API's rule: an amount with at most 2 decimals (it refuses 12.345 rather than rounding it). */
function checkPrice(value: number | string): string | null {
  if (value === '' || value === null) return 'Enter the price';
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > MAX_PRICE) return `A price from 0 to ${MAX_PRICE.toLocaleString()}`;
  return /^\d+(\.\d{1,2})?$/.test(String(value)) ? null : 'At most 2 decimals';
}

/** Add package (add_package) or Edit (edit_package): name, price, validity in days, description. */
export function PackageFormModal({ pkg, onClose }: { pkg: Package | null; onClose: () => void }) {
  const save = useSavePackage(pkg?.id ?? null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: pkg
      ? { name: pkg.name, price: Number(pkg.price), validityDays: pkg.validityDays, description: pkg.description ?? '' }
      : { name: '', price: '', validityDays: 30, description: '' },
    validate: {
      name: (v) => (!v.trim() ? 'Enter a name' : v.length > 100 ? 'At most 100 characters' : null),
      price: checkPrice,
      validityDays: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 3650 ? null : 'Whole days from 1 to 3650'),
      description: (v) => (v.length > 500 ? 'At most 500 characters' : null),
    },
  });

  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        name: values.name.trim(),
        price: Number(values.price),
        validityDays: Number(values.validityDays),
        description: values.description.trim() || null,
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (hasCode(error, 'DUPLICATE_NAME')) form.setFieldError('name', error.message);
        },
      },
    ),
  );
  const failure = save.isError && !hasCode(save.error, 'DUPLICATE_NAME') ? describeError(save.error, { NOT_FOUND: 'This package no longer exists.' }) : null;

  return (
    <FormModal
      opened
      onClose={onClose}
      title={pkg ? `Edit ${pkg.name}` : 'Add package'}
      onSubmit={submit}
      submitLabel={pkg ? 'Save' : 'Create'}
      loading={save.isPending}
      error={failure}
      errorTitle="Not saved"
    >
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <NumberInput
        label="Price"
        required
        min={0}
        max={MAX_PRICE}
        allowNegative={false}
        hideControls
        description="Up to 2 decimals"
        {...form.getInputProps('price')}
      />
      <NumberInput label="Validity (days)" required min={1} max={3650} allowDecimal={false} allowNegative={false} {...form.getInputProps('validityDays')} />
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
    </FormModal>
  );
}
