import { PERIOD_PATTERN } from '@tiergate/access';

/** "2026-11" → "November 2026" in the user's locale. */
export function formatPeriod(period: string, month: 'long' | 'short' = 'long'): string {
  if (!PERIOD_PATTERN.test(period)) return period;
  const [y, m] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { month, year: 'numeric' }).format(new Date(y, m - 1, 1));
}

export function periodRule(value: string): string | null {
  return PERIOD_PATTERN.test(value.trim()) ? null : 'A month as YYYY-MM, for example 2026-11';
}
