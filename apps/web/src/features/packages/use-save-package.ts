import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { PackageFields } from '../../api/types';
import { PACKAGES_QUERY_KEY } from '../../components/query-keys';

/** Add (add_package) when `id` is null, else edit (edit_package). Failures are shown in the form by its caller. */
export function useSavePackage(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: PackageFields) =>
      dataOf(id === null ? api.POST('/api/packages', { body: fields }) : api.PATCH('/api/packages/{id}', { params: { path: { id } }, body: fields })),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: PACKAGES_QUERY_KEY });
      notifications.show({ color: 'green', title: id === null ? `Package ${saved.name} added` : `Package ${saved.name} saved`, message: null });
    },
  });
}
