import { useMutation } from '@tanstack/react-query';
import { api, dataOf } from '../../api/client';
import { saveFile } from '../../components/save-file';

/** GET /roles/:id/export, saved as `<name>.json`. */
export function useExportRole() {
  return useMutation({
    mutationFn: (id: number) => dataOf(api.GET('/api/roles/{id}/export', { params: { path: { id } } })),
    onSuccess: (role) => saveFile(`${role.name}.json`, new Blob([`${JSON.stringify(role, null, 2)}\n`], { type: 'application/json' })),
  });
}
