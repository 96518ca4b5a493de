import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf, hasCode } from '../../api/client';
import type { Package } from '../../api/types';
import { describeError } from '../../components/describe-error';
import { PACKAGES_QUERY_KEY } from '../../components/query-keys';

/** delete_package; a package subscribers are on cannot go (409 Not Eligible To Delete), and the notification says what to do. */
export function useDeletePackage(onSettled: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pkg: Package) => dataOf(api.DELETE('/api/packages/{id}', { params: { path: { id: pkg.id } } })),
    onSuccess: (_, pkg) => {
      void queryClient.invalidateQueries({ queryKey: PACKAGES_QUERY_KEY });
      notifications.show({ color: 'green', title: `Package ${pkg.name} deleted`, message: null });
    },
    onError: (error, pkg) => {
      if (hasCode(error, 'NOT_ELIGIBLE_TO_DELETE')) {
        notifications.show({
          color: 'red',
          title: `${pkg.name} is in use`,
          message: 'Not Eligible To Delete: subscribers are on this package. Move them to another package (Change package on each subscriber) and try again.',
          autoClose: 10_000,
        });
      } else {
        notifications.show({
          color: 'red',
          title: 'Could not delete the package',
          message: describeError(error, { NOT_FOUND: 'This package no longer exists.' }),
        });
      }
      void queryClient.invalidateQueries({ queryKey: PACKAGES_QUERY_KEY });
    },
    onSettled,
  });
}
