import { Caller } from './caller';
import { hasDirectScope } from './scope';

/**
 * "People, not ids": the accounts whose names a caller may read next to a record it sees (who received a payment,
 * who topped up a balance). The same reach as the actors of the audit log (R12): its principal's subtree (itself,
 * its staff, the operators below and their staff); a direct-scope staff account only its principal and its
 * principal's staff. A name outside it is null, never shown.
 */
export function accountNameReachSql(caller: Caller, alias: string, params: unknown[]): string {
  if (hasDirectScope(caller)) {
    params.push(caller.principalId);
    return `(${alias}.id = $${params.length} OR ${alias}.principal_id = $${params.length})`;
  }
  params.push(`${caller.principalPath}%`);
  return `${alias}.path LIKE $${params.length}`;
}
