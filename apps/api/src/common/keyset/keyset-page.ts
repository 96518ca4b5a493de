import { DataSource } from 'typeorm';
import { DEFAULT_PAGE_LIMIT, MAX_COUNTED_TOTAL, SortParam } from '../page-limit';
import { KeysetCursor, readCursor, SortType, writeCursor } from './keyset-cursor';
import { ScopedWhere } from './scoped-where';

/** A column a list sorts by: SQL over the query's aliases, its type, and whether it may be NULL. */
export interface SortColumn {
  sql: string;
  type: SortType;
  nullable?: true;
}

/**
 * A keyset list: its records' id (the order of entry, which is the default order, newest first, and the tie-breaker
 * of every sort) and the columns it sorts by, each under its `sort` name.
 */
export interface KeysetList<F extends string> {
  id: string;
  sorts: Record<F, SortColumn>;
}

/** What a page is read from: `from` holds every table `where` reads and any joined for names; all parameters are `where`'s (`select` takes none). */
export interface KeysetQuery {
  select: string;
  from: string;
  where: ScopedWhere;
  /**
   * The rows `where` matches, known without reading them (running totals): an int expression, its parameters
   * appended to `params`, that is exact up to MAX_COUNTED_TOTAL and past it when there are more. Without it the rows
   * are counted, up to MAX_COUNTED_TOTAL + 1.
   */
  total?: (params: unknown[]) => string;
  /**
   * Count on another connection while the page is read, for a list whose count costs about what its page does (the
   * audit log's): a page then waits for the slower of the two, not for both one after the other.
   */
  countAlongside?: true;
}

/** One page of a keyset list as the API answers it (api-answers.ts KeysetPageAnswer). */
export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
  prevCursor: string | null;
  total: number;
  totalCapped: boolean;
}

/** The order a request asks for: the list's default (by id, newest first) or a sort column, either way. */
interface Order {
  sort: string | null;
  column?: SortColumn;
  descending: boolean;
}

/** How a sort value is carried in a cursor, exactly: a moment in UTC to the microsecond (a JS Date keeps milliseconds). */
function cursorValueSql(column: SortColumn | undefined): string {
  if (!column) return 'NULL';
  return column.type === 'timestamptz' ? `to_char((${column.sql}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : `(${column.sql})::text`;
}

/**
 * The rows after `cursor` in the order the query walks (`descending` or not): (column, id) beyond the cursor's pair.
 * NULL sorts after every value (PostgreSQL's default: ASC NULLS LAST, DESC NULLS FIRST), so a walk reversed is the
 * order flipped, NULLs included.
 */
function beyondCursor(list: KeysetList<string>, order: Order, cursor: KeysetCursor, descending: boolean, params: unknown[]): string {
  const op = descending ? '<' : '>';
  // bigint: a list's ids may be 32-bit, and a cursor's id past them must compare, not fail the cast.
  const id = `$${params.push(cursor.id)}::bigint`;
  const column = order.column;
  if (!column) return `${list.id} ${op} ${id}`;
  if (cursor.value === null) return descending ? `(${column.sql} IS NOT NULL OR ${list.id} < ${id})` : `(${column.sql} IS NULL AND ${list.id} > ${id})`;
  const beyond = `(${column.sql}, ${list.id}) ${op} ($${params.push(cursor.value)}::${column.type}, ${id})`;
  return column.nullable && !descending ? `(${column.sql} IS NULL OR ${beyond})` : beyond;
}

/**
 * One page of a keyset list, in the only way the API reads one: `where` starts from the caller's scope (R10 or R12),
 * so the page and its total never hold another tenant's rows. The page is `limit` rows after (or before) the
 * request's cursor in the requested order; a page before a cursor is read by walking the order backwards and
 * turning the rows round, so paging back needs no offset. The total counts the rows `where` matches, up to
 * MAX_COUNTED_TOTAL (a count stops there, so a large scope costs no more than that).
 */
export async function keysetPage<T, F extends string>(
  db: Pick<DataSource, 'query'>,
  list: KeysetList<F>,
  query: KeysetQuery,
  request: { sort?: SortParam<F>; cursor?: string; limit?: number },
): Promise<KeysetPage<T>> {
  const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
  const order = orderOf(list, request.sort);
  const cursor = request.cursor === undefined ? undefined : readCursor(request.cursor, { sort: order.sort, ...order.column });
  const backwards = cursor?.dir === 'before';
  const descending = order.descending !== backwards;
  const params = [...query.where.params];
  const conditions = [String(query.where), ...(cursor ? [beyondCursor(list, order, cursor, descending, params)] : [])];
  const direction = descending ? 'DESC NULLS FIRST' : 'ASC NULLS LAST';
  const orderBy = [...(order.column ? [`${order.column.sql} ${direction}`] : []), `${list.id} ${direction}`].join(', ');
  const page = (total: string) =>
    `SELECT ${query.select}, ${cursorValueSql(order.column)} AS keyset_value, ${list.id}::text AS keyset_id, ${total} AS keyset_total
       FROM ${query.from} WHERE ${conditions.join(' AND ')} ORDER BY ${orderBy} LIMIT ${limit + 1}`;
  const rowCount = `(SELECT count(*)::int FROM (SELECT 1 FROM ${query.from} WHERE ${query.where} LIMIT ${MAX_COUNTED_TOTAL + 1}) matching)`;
  // A first page that holds every match is its own total, so rows are counted only once a first page shows there
  // are more. Other pages carry the total on their rows (an uncorrelated subquery is an InitPlan, run once per
  // statement): one round trip. A page with no rows carries no total; it is counted on its own. A list that counts
  // alongside (KeysetQuery.countAlongside) counts every page on a second connection instead.
  const countAlone = async () => {
    const countParams = query.total ? [] : query.where.params;
    const [{ total }] = await db.query(`SELECT ${query.total?.(countParams) ?? rowCount} AS total`, countParams);
    return total as number;
  };
  const alongside = query.countAlongside && !query.total;
  const countOnRows = query.total !== undefined || (cursor !== undefined && !alongside);
  const reading: Promise<(T & { keyset_value: string | null; keyset_id: string; keyset_total: number | null })[]> = db.query(
    page(countOnRows ? (query.total?.(params) ?? rowCount) : 'NULL::int'),
    params,
  );
  const counting = alongside ? countAlone() : undefined;
  counting?.catch(() => undefined); // awaited below; if the page fails first, its failure is the one answered
  const rows = await reading;
  const total = rows[0]?.keyset_total ?? (counting ? await counting : !cursor && rows.length <= limit ? rows.length : await countAlone());
  const more = rows.length > limit;
  if (more) rows.pop();
  if (backwards) rows.reverse();
  const cursorAt = (dir: KeysetCursor['dir'], row: (typeof rows)[number] | undefined) =>
    row ? writeCursor({ sort: order.sort, dir, value: row.keyset_value, id: Number(row.keyset_id) }) : null;
  const [first, last] = [rows[0], rows[rows.length - 1]];
  return {
    items: rows.map(({ keyset_value: _value, keyset_id: _id, keyset_total: _total, ...item }) => item as T),
    // After a 'before' page come the rows the client paged back from; before an 'after' page, those it came from.
    nextCursor: backwards || more ? cursorAt('after', last) : null,
    prevCursor: (backwards ? more : cursor !== undefined) ? cursorAt('before', first) : null,
    total: Math.min(total, MAX_COUNTED_TOTAL),
    totalCapped: total > MAX_COUNTED_TOTAL,
  };
}

function orderOf<F extends string>(list: KeysetList<F>, sort: SortParam<F> | undefined): Order {
  if (sort === undefined) return { sort: null, descending: true };
  const descending = sort.startsWith('-');
  return { sort, column: list.sorts[(descending ? sort.slice(1) : sort) as F], descending };
}
