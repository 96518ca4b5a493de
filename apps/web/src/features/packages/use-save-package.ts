import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Package } from '../../api/types';
import { PACKAGES_QUERY_KEY } from '../../components/query-keys';

export interface PackageFields {
  name: string;
  price: number;
  validityDays: number;
  description: string | null;
}

/** Add (add_package) when `id` is null, else edit (edit_package). Failures are shown in the form by its caller. */
export function useSavePackage(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: PackageFields) => (id === null ? api.post<Package>('/packages', fields) : api.patch<Package>(`/packages/${id}`, fields)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: PACKAGES_QUERY_KEY });
      notifications.show({ color: 'green', title: id === null ? `Package ${saved.name} added` : `Package ${saved.name} saved`, message: null });
    },
  });
}
