/** Dates and times in the user's own locale and time zone (the browser's), the same on every screen. */
const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? DATE_TIME.format(new Date(value)) : '—';
}

export function formatDate(value: string | Date | null | undefined): string {
  return value ? DATE.format(new Date(value)) : '—';
}

const PLAIN = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
let price = PLAIN;

/**
 * The installation's currency (GET /me `currency`, the API's CURRENCY setting), set as soon as it is known (use-me):
 * from then on every amount shown carries it ("BDT 1,250.00", "$1,250.00"). Null: plain numbers.
 */
export function setCurrency(code: string | null): void {
  price = code ? new Intl.NumberFormat(undefined, { style: 'currency', currency: code, minimumFractionDigits: 2, maximumFractionDigits: 2 }) : PLAIN;
}

/** How the currency is written next to amounts (its symbol and its code), for reading typed amounts back. */
export function currencyMarks(): string[] {
  const { currency } = price.resolvedOptions();
  const symbol = price.formatToParts(1).find((p) => p.type === 'currency')?.value;
  return currency ? [...new Set([currency, symbol].filter((m): m is string => !!m))] : [];
}

/** A package price in the user's locale, always with 2 decimals (the API keeps exactly 2). */
export function formatPrice(value: number | string): string {
  const n = Number(value);
  return Number.isFinite(n) ? price.format(n) : String(value);
}
