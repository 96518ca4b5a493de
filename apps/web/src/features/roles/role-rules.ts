import { CREATABLE_ROLE_TYPES, isStaffType, mayCreateRoleType, PARENT_TYPE, type AccountType } from '@tiergate/access';
import type { Me } from '../../api/types';

/** R1 is decided by the principal's type: staff (2, 6, 7, 8) act for their parent (1, 3, 4, 5). */
export function principalTypeOf(me: Pick<Me, 'type'>): AccountType {
  return isStaffType(me.type) ? PARENT_TYPE[me.type]! : me.type;
}

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
