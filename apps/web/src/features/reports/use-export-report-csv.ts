import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { api, problemOf, query, storedAccessToken } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { rangeParams } from '../../components/date-range';

async function fetchCsv(path: string): Promise<Response> {
  const send = () => fetch(`/api${path}`, { headers: { authorization: `Bearer ${storedAccessToken() ?? ''}` } });
  let res = await send();
  if (res.status === 401) {
    // The access token expired: any call through the client refreshes it (or ends the session), then try once more.
    await api.get('/me');
    res = await send();
  }
  if (!res.ok) throw await problemOf(res);
  return res;
}

/** Export CSV: GET /reports/summary.csv for the range shown, downloaded as a file. */
export function useExportReportCsv() {
  return useMutation({
    mutationFn: async ({ from, to }: { from: string | null; to: string | null }) => {
      const res = await fetchCsv(`/reports/summary.csv${query(rangeParams(from, to))}`);
      const blob = await res.blob();
      const name =
        /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `tiergate-report-${from ?? 'start'}-to-${to ?? 'today'}.csv`;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return name;
    },
    onSuccess: (name) => notifications.show({ color: 'green', title: 'Exported', message: `Saved as ${name}.` }),
    onError: (error) => notifications.show({ color: 'red', title: 'Could not export the report', message: describeError(error) }),
  });
}
