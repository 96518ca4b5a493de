/**
 * A timestamptz column as the text a JS Date of it serializes to (`toISOString()`: UTC, milliseconds, truncated as a
 * Date truncates the microseconds it is read from; a year past 9999 as a sign and six digits): for SQL that writes an
 * answer into JSON (an audit entry), or so that pg does not parse a Date for the serializer to turn back into the same
 * string (to_char costs PostgreSQL about 0.4 µs a value, which a page of 50 rows with two moments each feels). Exact
 * for the years a Date holds from 0001 on: the API takes no earlier moment (fields.ts isStorableDateTime), though a
 * later one can be reached (an expiry extended).
 */
export function isoMomentSql(column: string): string {
  const utc = `(${column} AT TIME ZONE 'UTC')`;
  return `CASE WHEN ${utc} < '10000-01-01' THEN to_char(${utc}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    ELSE '+' || lpad(extract(year FROM ${utc})::text, 6, '0') || to_char(${utc}, '-MM-DD"T"HH24:MI:SS.MS"Z"') END`;
}
