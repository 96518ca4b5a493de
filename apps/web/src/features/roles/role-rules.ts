import { CREATABLE_ROLE_TYPES, mayCreateRoleType, principalTypeOf, type AccountType } from '@tiergate/access';
import type { Me } from '../../api/types';

/** The role types the account may create (and copy), R1. */
export function creatableTypes(me: Pick<Me, 'type'>): readonly AccountType[] {
  return CREATABLE_ROLE_TYPES[principalTypeOf(me)];
}

export function mayCreate(me: Pick<Me, 'type'>, type: AccountType): boolean {
  return mayCreateRoleType(principalTypeOf(me), type);
}

/** The API's rule for a role name (apps/api roles DTO), checked before sending. */
export const ROLE_NAME_PATTERN = /^(?=.*[\p{L}\p{N}])[\p{L}\p{N} _.-]+$/u;

export function validateRoleName(value: string): string | null {
  const name = value.trim();
  if (!name) return 'Enter a name';
  if (name.length > 60) return 'At most 60 characters';
  if (!ROLE_NAME_PATTERN.test(name)) return 'Use letters, digits, spaces, ".", "_" and "-" only';
  return null;
}
