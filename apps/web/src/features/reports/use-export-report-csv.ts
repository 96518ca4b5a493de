import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { rangeParams } from '../../components/date-range';
import { saveFile } from '../../components/save-file';

/** Export CSV: GET /reports/summary.csv for the range shown, downloaded as a file. */
export function useExportReportCsv() {
  return useMutation({
    mutationFn: async ({ from, to }: { from: string | null; to: string | null }) => {
      const { data: blob, response } = await api.GET('/api/reports/summary.csv', { params: { query: rangeParams(from, to) }, parseAs: 'blob' });
      const name =
        /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `tiergate-report-${from ?? 'start'}-to-${to ?? 'today'}.csv`;
      saveFile(name, blob!); // a refusal has thrown its ApiError
      return name;
    },
    onSuccess: (name) => notifications.show({ color: 'green', title: 'Exported', message: `Saved as ${name}.` }),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not export the report', message: describeError(error) }),
  });
}
