import { AccountType, isStaffType } from './account-types';
import { ALL_PERMISSION_KEYS, isAllowedForType, isPermissionKey, moduleOf, ModuleKey, PermissionKey } from './catalog';

export interface AccessInput {
  type: AccountType;
  /** The permissions of the account's role (ignored for the Admin, whose system role holds all). */
  rolePermissions: Iterable<string>;
  grants?: Iterable<string>;
  revokes?: Iterable<string>;
  /** Staff only: the principal's own effective set, the ceiling of R6. */
  principalPermissions?: ReadonlySet<string>;
  /** Modules switched off globally. */
  disabledModules?: ReadonlySet<ModuleKey>;
}

/** Why a key is granted or not (GET /users/:id/effective-permissions `explain`). */
export const REASONS = [
  'granted by role',
  'granted to the account',
  'revoked from the account',
  'not in role',
  'not allowed for the account type',
  "above the principal's permissions",
  'module switched off',
  'module permission missing',
] as const;
export type Reason = (typeof REASONS)[number];

/**
 * DESIGN §3, in one place:
 * ((role ∪ grants) − revokes) ∩ allowed(type) ∩ effective(principal) ∩ enabled modules,
 * then drop keys whose module key did not survive. Returns every key's reason as well.
 */
export function explainPermissions(input: AccessInput): Map<PermissionKey, { granted: boolean; reason: Reason }> {
  const role = new Set(input.type === AccountType.Admin ? ALL_PERMISSION_KEYS : input.rolePermissions);
  const grants = new Set(input.grants ?? []);
  const revokes = new Set(input.revokes ?? []);
  const ceiling = isStaffType(input.type) ? (input.principalPermissions ?? new Set<string>()) : null;
  const result = new Map<PermissionKey, { granted: boolean; reason: Reason }>();

  for (const key of ALL_PERMISSION_KEYS) {
    let reason: Reason;
    if (revokes.has(key)) reason = 'revoked from the account';
    else if (!role.has(key) && !grants.has(key)) reason = 'not in role';
    else if (!isAllowedForType(key, input.type)) reason = 'not allowed for the account type';
    else if (ceiling && !ceiling.has(key)) reason = "above the principal's permissions";
    else if (input.disabledModules?.has(moduleOf(key).key)) reason = 'module switched off';
    else reason = role.has(key) ? 'granted by role' : 'granted to the account';
    result.set(key, { granted: reason === 'granted by role' || reason === 'granted to the account', reason });
  }
  for (const [key, entry] of result) {
    const gate = moduleOf(key).modulePermission;
    if (entry.granted && gate && gate !== key && !result.get(gate)!.granted) {
      result.set(key, { granted: false, reason: 'module permission missing' });
    }
  }
  return result;
}

export function effectivePermissions(input: AccessInput): Set<PermissionKey> {
  const granted = new Set<PermissionKey>();
  for (const [key, entry] of explainPermissions(input)) if (entry.granted) granted.add(key);
  return granted;
}

/** Unknown keys of a submitted list, for a 400 that names them. */
export function unknownPermissionKeys(keys: Iterable<string>): string[] {
  return [...keys].filter((k) => !isPermissionKey(k));
}
