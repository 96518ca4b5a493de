/**
 * R10 as data: an operator (and a staff account with scope "subtree") sees the customers its principal's path
 * covers; a staff account with scope "direct" sees only its principal's own. The API computes it for a caller;
 * a billing run carries it to the worker.
 */
export type CustomerScope = { pathPrefix: string } | { ownerId: number };

declare const scoped: unique symbol;
/** A SQL condition that holds a query to a customer scope: only `scopedSql` makes one. */
export type ScopedSql = string & { readonly [scoped]: true };

/** The columns a scope is tested on: an alias of a table with owner_id and owner_path, or the owner's own columns. */
export type ScopeColumns = string | { ownerId: string; ownerPath: string };

/**
 * R10 as SQL, the one place it is written, for every query of the API and the worker. Its parameter is appended
 * to positional `params` (raw SQL, `$n`) or set as `scope` in named ones (a TypeORM query builder, `:scope`).
 */
export function scopedSql(scope: CustomerScope, columns: ScopeColumns, params: unknown[] | Record<string, unknown>): ScopedSql {
  const { ownerId, ownerPath } = typeof columns === 'string' ? { ownerId: `${columns}.owner_id`, ownerPath: `${columns}.owner_path` } : columns;
  const value = 'ownerId' in scope ? scope.ownerId : `${scope.pathPrefix}%`;
  let placeholder: string;
  if (Array.isArray(params)) {
    params.push(value);
    placeholder = `$${params.length}`;
  } else {
    params.scope = value;
    placeholder = ':scope';
  }
  return ('ownerId' in scope ? `${ownerId} = ${placeholder}` : `${ownerPath} LIKE ${placeholder}`) as ScopedSql;
}

/**
 * R10 as scopedSql states it, but a subtree below the root as one equality on the level of the tree its root sits
 * at: every owner path under `/1/4/9/` has `9` as its fourth field, and only those (an id is on one path only). An
 * index per level (`(split_part(owner_path, '/', 4), id)`) walks that subtree in id order, where the range's index
 * is in path order and a keyset page of a deep subtree walked the primary key past every row outside it. Only for
 * a table with those indexes (subscribers); positional parameters only.
 */
export function scopedByLevelSql(scope: CustomerScope, alias: string, params: unknown[]): ScopedSql {
  const ids = 'pathPrefix' in scope ? scope.pathPrefix.split('/').filter(Boolean) : [];
  if (ids.length < 2) return scopedSql(scope, alias, params);
  params.push(ids[ids.length - 1]);
  return `split_part(${alias}.owner_path, '/', ${ids.length + 1}) = $${params.length}` as ScopedSql;
}
