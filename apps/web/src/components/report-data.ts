import type { OperatorTakings, PaymentsReport, ReportDay } from '../api/types';

export interface NamedTotal {
  name: string;
  total: number;
  count?: number;
}

const biggestFirst = (rows: NamedTotal[]) => rows.sort((a, b) => b.total - a.total);

/** The takings by payment method (`{cash: "10.00", …}`) as rows, biggest first. */
export function methodTotals(byMethod: PaymentsReport['byMethod'], nameOf: (method: string) => string): NamedTotal[] {
  return biggestFirst(Object.entries(byMethod).map(([method, total]) => ({ name: nameOf(method), total: Number(total) })));
}

/** The takings by operator as rows, biggest first. */
export function operatorTotals(byOperator: OperatorTakings[]): NamedTotal[] {
  return biggestFirst(byOperator.map((o) => ({ name: o.ownerName, total: Number(o.total), count: o.count })));
}

/** byDay for a chart: one point per day, the days without payments filled with zero so the gaps show. */
export function dailySeries(
  byDay: ReportDay[] | undefined,
  from?: string | null,
  to?: string | null,
): { day: string; label: string; total: number; count: number }[] {
  const known = new Map((byDay ?? []).map((d) => [d.day, d]));
  const days = [...known.keys()].sort();
  const first = from ?? days[0];
  const last = to ?? days[days.length - 1];
  if (!first || !last) return [];
  const out = [];
  const label = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  const cursor = new Date(`${first}T00:00:00`);
  const end = new Date(`${last}T00:00:00`);
  // At most a year of bars; a longer range shows only the days that had payments.
  const span = (end.getTime() - cursor.getTime()) / 86_400_000;
  if (span > 370 || span < 0) {
    return days.map((d) => ({
      day: d,
      label: label.format(new Date(`${d}T00:00:00`)),
      total: Number(known.get(d)!.total),
      count: known.get(d)!.count,
    }));
  }
  while (cursor <= end) {
    const key = `${cursor.getFullYear()}-${String(cursor.getMonth() + 1).padStart(2, '0')}-${String(cursor.getDate()).padStart(2, '0')}`;
    const d = known.get(key);
    out.push({ day: key, label: label.format(cursor), total: d ? Number(d.total) : 0, count: d?.count ?? 0 });
    cursor.setDate(cursor.getDate() + 1);
  }
  return out;
}
