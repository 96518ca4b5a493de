import type { operations } from './schema.gen';

/** The query string an operation of the API takes, as the generated document types it. */
export type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** The fields a list operation sorts by (`sort` is one of them, or `-` and one of them for descending). */
export type SortFieldOf<Op extends keyof operations> = Exclude<NonNullable<QueryOf<Op> extends { sort?: infer S } ? S : never>, `-${string}`>;

/**
 * A value kept in the URL, as one of the values the API takes, or undefined: a stale or hand-edited URL is left
 * out of the request rather than sent to be refused.
 */
export function oneOf<T extends string>(value: string | null | undefined, values: readonly T[]): T | undefined {
  return values.find((v) => v === value);
}

/** A URL's sort (`name`, `-name`) when the list sorts by that field. */
export function sortOf<F extends string>(value: string | null | undefined, fields: readonly F[]): F | `-${F}` | undefined {
  return value && fields.includes(value.replace(/^-/, '') as F) ? (value as F | `-${F}`) : undefined;
}
