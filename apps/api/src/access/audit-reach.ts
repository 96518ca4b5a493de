import { AccountType } from '@tiergate/access';
import { Caller } from './caller';
import { hasDirectScope } from './scope';

declare const auditReach: unique symbol;
/** A SQL condition that holds a query of the audit log to what its caller may read (R12): only `auditReachSql` makes one. */
export type AuditReachSql = string & { readonly [auditReach]: true };

/**
 * R12 as one condition on the entry `e` (the alias every audit query uses): its actor and its target are both within
 * the caller's reach. Its parameters are appended to positional `params` (`$n`).
 *
 * Operators and subtree-scope managers: the actor's principal and the target both lie in the caller's principal's
 * subtree, i.e. `reach_path` does (one indexed range). A direct-scope manager: actors acting for its principal
 * (`principal_id`), targets that are its principal's own customers (R10), accounts below the principal (R11) or
 * the principal's roles. For everyone: a role only if visible under R7 (an Admin principal sees all, anyone else
 * those its principal owns); an account only within R11, so a manager does not read about its principal's own
 * account. Entries acted for by nobody (unknown emails) or about nothing in the tree (packages, settings) have no
 * reach and are the Admin side's alone. The exceptions are written as "(…) IS NOT TRUE" so that the planner
 * estimates them from column statistics and keeps the range's row estimate.
 */
export function auditReachSql(caller: Caller, params: unknown[]): AuditReachSql {
  // Each value becomes one parameter, and only if the condition uses it (PostgreSQL refuses an unused one).
  const placeholders: Partial<Record<'prefix' | 'path' | 'principal', string>> = {};
  const param = (name: keyof typeof placeholders, value: string | number) => (placeholders[name] ??= `$${params.push(value)}`);
  const reachPrefix = () => param('prefix', `${caller.principalPath}%`);
  const reachPath = () => param('path', caller.principalPath);
  const adminSide = caller.principalType === AccountType.Admin;
  const orAdminOnly = (condition: string, column: string) => (adminSide ? `(${condition} OR e.${column} IS NULL)` : condition);
  const conditions = hasDirectScope(caller)
    ? [
        orAdminOnly(`e.principal_id = ${param('principal', caller.principalId)}`, 'principal_id'),
        orAdminOnly(
          `(e.target_path = ${reachPath()} OR (e.target_path LIKE ${reachPrefix()} AND e.target_type IN (${adminSide ? "'account', 'role'" : "'account'"})))`,
          'target_path',
        ),
      ]
    : [orAdminOnly(`e.reach_path LIKE ${reachPrefix()}`, 'reach_path')];
  if (!adminSide) conditions.push(`(e.target_type = 'role' AND e.target_path <> ${reachPath()}) IS NOT TRUE`);
  if (caller.id !== caller.principalId) conditions.push(`(e.target_type = 'account' AND e.target_path = ${reachPath()}) IS NOT TRUE`);
  return `(${conditions.join(' AND ')})` as AuditReachSql;
}
