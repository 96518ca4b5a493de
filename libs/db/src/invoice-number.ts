/** The SQL that writes invoice number `n` (an integer expression) as `INV-000123`; past 999999 it grows, never truncates. */
export function invoiceNumberSql(n: string): string {
  return `'INV-' || lpad((${n})::text, greatest(6, length((${n})::text)), '0')`;
}
