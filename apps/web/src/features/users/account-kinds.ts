import { ACCOUNT_TYPE_NAMES, ACCOUNT_TYPES, AccountType, isStaffType, mayParentType, PARENT_TYPE } from '@tiergate/access';
import type { Me } from '../../api/types';

/** The staff ("manager") type of a principal type: 2 under an Admin, 6 under a reseller, 7, 8. */
export function staffTypeOf(principalType: AccountType): AccountType | null {
  return ACCOUNT_TYPES.find((t) => isStaffType(t) && mayParentType(principalType, t)) ?? null;
}

/** The operator type a principal type may parent: Admin → Reseller → Subreseller → Retailer → none. */
export function operatorChildTypeOf(principalType: AccountType): AccountType | null {
  return ACCOUNT_TYPES.find((t) => !isStaffType(t) && mayParentType(principalType, t)) ?? null;
}

/** What the create buttons say (UI.md: "New Manager", "New Reseller"; and so on down the hierarchy). */
export function newAccountLabel(type: AccountType): string {
  return isStaffType(type) ? 'New Manager' : `New ${ACCOUNT_TYPE_NAMES[type]}`;
}

/** The types that can sit below a principal type (what the Type filter offers). */
export function typesBelow(principalType: AccountType): AccountType[] {
  const below = (t: AccountType): boolean => {
    const parent = PARENT_TYPE[t];
    return parent !== null && (parent === principalType || below(parent));
  };
  return ACCOUNT_TYPES.filter(below);
}

/** R11: a manager with direct scope reaches only its principal's own customers, so it creates only such managers. */
export function hasDirectScope(me: Pick<Me, 'type' | 'scope'>): boolean {
  return isStaffType(me.type) && me.scope === 'direct';
}

export const SCOPE_WORDS = {
  direct: 'Direct',
  subtree: 'Subtree',
} as const;

export const SCOPE_DESCRIPTIONS = {
  direct: "Only its principal's own customers",
  subtree: 'Its principal’s customers and those of every operator below',
} as const;
