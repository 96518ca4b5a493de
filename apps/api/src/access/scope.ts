import { AccountType, GenerationScope, isStaffType, PermissionKey } from '@tiergate/access';
import { Caller } from './caller';
import { ApiException } from '../common/api.exception';

/**
 * R10 as data: an operator (and a staff account with scope "subtree") sees what its principal's path
 * covers; a staff account with scope "direct" sees only its principal's own subscribers. The same data a
 * billing run carries to the worker.
 */
export type CustomerScope = GenerationScope;

/** A staff account limited to its principal's own customers (and, in the audit log, its principal's side). */
export function hasDirectScope(caller: Caller): boolean {
  return isStaffType(caller.type) && caller.scope === 'direct';
}

export function customerScopeOf(caller: Caller): CustomerScope {
  return hasDirectScope(caller) ? { ownerId: caller.principalId } : { pathPrefix: caller.principalPath };
}

/** The condition of a scope on a query builder alias with owner_id and owner_path columns (named parameters). */
export function customerScopeCondition(scope: CustomerScope, alias: string): [string, Record<string, unknown>] {
  return 'ownerId' in scope
    ? [`${alias}.owner_id = :scopeOwnerId`, { scopeOwnerId: scope.ownerId }]
    : [`${alias}.owner_path LIKE :scopePath`, { scopePath: `${scope.pathPrefix}%` }];
}

/** The same condition for raw SQL: its parameter is appended to `params` and referenced by position. */
export function customerScopeSql(caller: Caller, alias: string, params: unknown[]): string {
  const scope = customerScopeOf(caller);
  params.push('ownerId' in scope ? scope.ownerId : `${scope.pathPrefix}%`);
  return 'ownerId' in scope ? `${alias}.owner_id = $${params.length}` : `${alias}.owner_path LIKE $${params.length}`;
}

/** R11: the accounts a caller manages: everything below its principal (its principal's staff included). */
export function accountScopeSql(caller: Caller, alias: string, params: unknown[]): string {
  params.push(`${caller.principalPath}%`, caller.principalId);
  return `(${alias}.path LIKE $${params.length - 1} AND ${alias}.id <> $${params.length})`;
}

/** R6: nobody grants what they do not hold; the Admin holds all. */
export function assertHeld(caller: Caller, keys: Iterable<string>): void {
  if (caller.type === AccountType.Admin) return;
  const missing = [...keys].filter((k) => !caller.permissions.has(k as PermissionKey));
  if (missing.length) throw new ApiException('GRANT_NOT_HELD', `You cannot grant permissions you do not hold: ${missing.join(', ')}`);
}
