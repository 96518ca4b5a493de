import { priceFormat } from '../session/currency';

/** Dates and times in the user's own locale and time zone (the browser's), the same on every screen. */
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? DATE_TIME.format(new Date(value)) : '—';
}

export function formatDate(value: string | Date | null | undefined): string {
  return value ? DATE.format(new Date(value)) : '—';
}

/** A package price in the user's locale, always with 2 decimals (the API keeps exactly 2). */
export function formatPrice(value: number | string): string {
  const n = Number(value);
  return Number.isFinite(n) ? priceFormat().format(n) : String(value);
}
