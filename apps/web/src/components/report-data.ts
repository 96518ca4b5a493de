import type { ReportDay } from '../api/types';

export interface NamedTotal {
  name: string;
  total: number;
  count?: number;
}

/**
 * byMethod / byOperator as rows, whatever the API chose: `{cash: "10.00"}`, `{cash: {total, count}}` or
 * `[{method|operatorId|name, total, count}]`. Biggest first.
 */
export function namedTotals(value: unknown, nameOf: (key: string) => string = (k) => k): NamedTotal[] {
  const rows: NamedTotal[] = [];
  if (Array.isArray(value)) {
    for (const row of value as Record<string, unknown>[]) {
      const key = row.name ?? row.method ?? row.operatorName ?? row.ownerName ?? row.operatorId ?? row.ownerId ?? row.accountId ?? '?';
      rows.push({ name: nameOf(String(key)), total: Number(row.total ?? row.amount ?? 0), ...(row.count !== undefined && { count: Number(row.count) }) });
    }
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        rows.push({ name: nameOf(String(o.name ?? key)), total: Number(o.total ?? o.amount ?? 0), ...(o.count !== undefined && { count: Number(o.count) }) });
      } else rows.push({ name: nameOf(key), total: Number(v) });
    }
  }
  return rows.filter((r) => Number.isFinite(r.total)).sort((a, b) => b.total - a.total);
}

/** byDay for a chart: one point per day, the days without payments filled with zero so the gaps show. */
export function dailySeries(
  byDay: ReportDay[] | undefined,
  from?: string | null,
  to?: string | null,
): { day: string; label: string; total: number; count: number }[] {
  const known = new Map((byDay ?? []).map((d) => [String(d.day).slice(0, 10), d]));
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
      count: Number(known.get(d)!.count),
    }));
  }
  while (cursor <= end) {
    const key = `${cursor.getFullYear()}-${String(cursor.getMonth() + 1).padStart(2, '0')}-${String(cursor.getDate()).padStart(2, '0')}`;
    const d = known.get(key);
    out.push({ day: key, label: label.format(cursor), total: d ? Number(d.total) : 0, count: d ? Number(d.count) : 0 });
    cursor.setDate(cursor.getDate() + 1);
  }
  return out;
}
