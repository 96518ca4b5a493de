/** The SQL that writes document number `n` (an integer expression) as `INV-000123`; past 999999 it grows, never truncates. */
function documentNumberSql(prefix: string, n: string): string {
  return `'${prefix}-' || lpad((${n})::text, greatest(6, length((${n})::text)), '0')`;
}

/** An invoice's number, `INV-000123`. */
export function invoiceNumberSql(n: string): string {
  return documentNumberSql('INV', n);
}

/** A ticket's number, `TCK-000123`. */
export function ticketNumberSql(n: string): string {
  return documentNumberSql('TCK', n);
}
