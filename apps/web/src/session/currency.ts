const PLAIN = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
let price = PLAIN;

/** How amounts are written now: in the installation's currency once it is known. */
export const priceFormat = (): Intl.NumberFormat => price;

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
