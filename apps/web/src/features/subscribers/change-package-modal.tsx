import { Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Subscriber } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { formatPrice } from '../../components/format';
import { usePackages } from '../../components/use-packages';
import { useChangePackage } from './use-change-package';

/** Change package (subscriber_package_change): one of the installation's packages; the expiry is left as it is. */
export function ChangePackageModal({ subscriber, opened, onClose }: { subscriber: Subscriber; opened: boolean; onClose: () => void }) {
  const packages = usePackages();
  const change = useChangePackage(subscriber, onClose);
  const form = useForm<{ packageId: string | null }>({
    mode: 'controlled',
    initialValues: { packageId: subscriber.packageId === null ? null : String(subscriber.packageId) },
    validate: { packageId: (v) => (!v ? 'Choose a package' : v === String(subscriber.packageId) ? 'This is the current package: choose another one' : null) },
  });
  const submit = form.onSubmit(({ packageId }) => {
    const chosen = packages.data?.find((p) => String(p.id) === packageId);
    if (chosen) change.mutate({ packageId: chosen.id, packageName: chosen.name });
  });
  return (
    <FormModal opened={opened} onClose={onClose} title="Change package" centered onSubmit={submit} submitLabel="Save package" loading={change.isPending}>
      <Select
        label="Package"
        placeholder={packages.isPending ? 'Loading packages…' : 'Choose a package'}
        data={(packages.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} · ${formatPrice(p.price)} / ${p.validityDays} days` }))}
        searchable
        allowDeselect={false}
        nothingFoundMessage="No package matches"
        data-autofocus
        {...form.getInputProps('packageId')}
      />
      <Text size="xs" c="dimmed">
        The expiry date does not change; use Extend expiry for that.
      </Text>
    </FormModal>
  );
}
