import { AccountType, CustomerScope, isStaffType, PermissionKey, ScopedSql, scopedSql } from '@tiergate/access';
import { Caller } from './caller';
import { ApiException } from '../common/api.exception';

/**
 * A staff account limited to its principal's own customers (and, in the audit log, its principal's side). A role's
 * preview is such an account of any type (see PreviewService).
 */
export function hasDirectScope(caller: Caller): boolean {
  return caller.scope === 'direct' && (isStaffType(caller.type) || caller.preview?.target.kind === 'role');
}

/** R7 as data: an Admin principal sees its whole branch, every other principal only the roles it owns. */
export interface RoleScope {
  branchId: number;
  ownerId: number | null;
}

export function roleScopeOf(caller: Caller): RoleScope {
  return { branchId: caller.branchId, ownerId: caller.principalType === AccountType.Admin ? null : caller.principalId };
}

/** R10 for a caller: the scope of its principal, as a subtree or (direct scope) as the principal's own customers. */
export function customerScopeOf(caller: Caller): CustomerScope {
  return hasDirectScope(caller) ? { ownerId: caller.principalId } : { pathPrefix: caller.principalPath };
}

/** R10 on the caller's scope for raw SQL with positional `params` (see scopedSql). */
export function customerScopeSql(caller: Caller, alias: string, params: unknown[]): ScopedSql {
  return scopedSql(customerScopeOf(caller), alias, params);
}

/** R11: the accounts a caller manages: everything below its principal (its principal's staff included). */
export function accountScopeSql(caller: Caller, alias: string, params: unknown[]): string {
  params.push(`${caller.principalPath}%`, caller.principalId);
  return `(${alias}.path LIKE $${params.length - 1} AND ${alias}.id <> $${params.length})`;
}

/** R6: the keys of `keys` the caller does not hold (none for the Admin, who holds all). */
export function keysNotHeld(caller: Caller, keys: Iterable<string>): string[] {
  return caller.type === AccountType.Admin ? [] : [...keys].filter((k) => !caller.permissions.has(k as PermissionKey));
}

/** R6: nobody grants what they do not hold; the Admin holds all. */
export function assertHeld(caller: Caller, keys: Iterable<string>): void {
  const missing = keysNotHeld(caller, keys);
  if (missing.length) throw new ApiException('GRANT_NOT_HELD', `You cannot grant permissions you do not hold: ${missing.join(', ')}`);
}
