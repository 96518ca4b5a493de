/**
 * A timestamptz column as the text a JS Date of it serializes to (`toISOString()`: UTC, milliseconds, truncated as a
 * Date truncates the microseconds it is read from), so that pg does not parse a Date for the serializer to turn back
 * into the same string. Exact for UTC years 0001-9999 (a Date beyond them prints a sign and six digits): moments the
 * server sets, or ones it already answers as this text.
 */
export function isoMomentSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
