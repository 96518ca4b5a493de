import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import type { ModuleSetting } from '../../api/types';
import { ME_QUERY_KEY } from '../../session/use-me';
import { MODULES_QUERY_KEY } from './use-modules';

/**
 * PUT /settings/modules: applies to every account at once (R9), the Admin's own menu included, so /me is fetched
 * again; the answer is every module after the switch.
 */
export function useSwitchModule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ModuleSetting) => dataOf(api.PUT('/api/settings/modules', { body: { key: change.key, enabled: change.enabled } })),
    onSuccess: (modules, change) => {
      queryClient.setQueryData(MODULES_QUERY_KEY, modules);
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      notifications.show({
        color: 'green',
        title: `${change.label} switched ${change.enabled ? 'on' : 'off'}`,
        message: change.enabled
          ? 'Its screens and permissions are back for the accounts that hold them.'
          : 'Its screens and permissions are hidden from every account.',
      });
    },
    onError: (error, change) => {
      void queryClient.invalidateQueries({ queryKey: MODULES_QUERY_KEY });
      notifications.show({ color: 'red', title: `Could not switch ${change.label} ${change.enabled ? 'on' : 'off'}`, message: error.message });
    },
  });
}
