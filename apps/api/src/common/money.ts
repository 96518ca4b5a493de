/**
 * Money as API.md shows it: a decimal string with 2 places ("1250.00"). PostgreSQL's numeric(…, 2)::text already
 * reads so; a value just written by the API ("800.5", 900) is padded as text, never through floating point.
 */
export function toMoney(value: string | number): string {
  const [whole, fraction = ''] = String(value).split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** The opposite amount, as text: what reverses a movement. */
export function negateMoney(value: string): string {
  return value.startsWith('-') ? value.slice(1) : `-${value}`;
}
