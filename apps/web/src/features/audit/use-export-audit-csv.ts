import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { auditCsv, downloadCsv, EXPORT_CAP, exportFileName, fetchAllEntries } from './audit-csv';
import type { AuditFilters } from './audit-filters';

/** Export CSV: every entry of the current filters (at most EXPORT_CAP), built in the browser and downloaded. */
export function useExportAuditCsv() {
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: async (filters: AuditFilters) => {
      setProgress(0);
      const result = await fetchAllEntries(filters, setProgress);
      downloadCsv(exportFileName(), auditCsv(result.entries));
      return result;
    },
    onSuccess: ({ entries, capped }) =>
      notifications.show(
        capped
          ? {
              color: 'yellow',
              title: 'Export cut short',
              message: `Only the newest ${EXPORT_CAP.toLocaleString()} entries were exported. Narrow the filters (for example the dates) to export older ones.`,
            }
          : { color: 'green', title: 'Exported', message: `${entries.length.toLocaleString()} ${entries.length === 1 ? 'entry' : 'entries'} saved as CSV.` },
      ),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not export the log', message: error.message }),
  });
  return { ...mutation, progress };
}
