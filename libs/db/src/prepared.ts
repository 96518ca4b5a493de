import type { EntityManager } from 'typeorm';

/** Each prepared statement's name, by its text (one name per text, as node-postgres requires on a connection). */
const names = new Map<string, string>();
/**
 * Distinct texts prepared per process; past it a statement runs unprepared. Texts are built from code paths and the
 * caller's kind, their values always parameters, so they are a few dozen; the cap keeps a text that inlined a value
 * from preparing one statement per value on every connection.
 */
export const MAX_PREPARED_STATEMENTS = 200;

/**
 * Runs `text` as a named prepared statement: PostgreSQL parses it once per connection and, after a few executions,
 * keeps a generic plan. Planning was most of a one-row write's time (creating a subscriber with its audit entry: 0.8
 * of 1.1 ms). Only for statements whose best plan does not depend on their values, such as writes that find their
 * rows by key: a list whose plan follows its scope or search (an Admin's and a retailer's) must not share a plan.
 * Used by every audit entry, creating a subscriber, and the reads by key that a change and a cache miss make.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as EntityManager.query answers, rows of any shape
export function preparedQuery<T = any>(db: Pick<EntityManager, 'query'>, text: string, params: unknown[]): Promise<T> {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) names.set(text, (name = `tiergate_${names.size}`));
  // TypeORM hands the query to node-postgres as it is, which takes a named statement as { name, text }.
  return db.query(name === undefined ? text : ({ name, text } as unknown as string), params);
}
