import dayjs from 'dayjs';

/** A billing period is a month, `YYYY-MM` (API.md). */
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function currentPeriod(): string {
  return dayjs().format('YYYY-MM');
}

/** "2026-11" → "November 2026" in the user's locale. */
export function formatPeriod(period: string, month: 'long' | 'short' = 'long'): string {
  if (!PERIOD.test(period)) return period;
  const [y, m] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { month, year: 'numeric' }).format(new Date(y, m - 1, 1));
}

export function periodRule(value: string): string | null {
  return PERIOD.test(value.trim()) ? null : 'A month as YYYY-MM, for example 2026-11';
}
