/** The 8 account (and role) types of DESIGN §2. A role is held only by accounts of its own type. */
export enum AccountType {
  Admin = 1,
  Staff = 2,
  Reseller = 3,
  Subreseller = 4,
  Retailer = 5,
  ResellerStaff = 6,
  SubresellerStaff = 7,
  RetailerStaff = 8,
}

export const ACCOUNT_TYPES: readonly AccountType[] = [1, 2, 3, 4, 5, 6, 7, 8];

export const ACCOUNT_TYPE_NAMES: Readonly<Record<AccountType, string>> = {
  [AccountType.Admin]: 'Admin',
  [AccountType.Staff]: 'Staff',
  [AccountType.Reseller]: 'Reseller',
  [AccountType.Subreseller]: 'Subreseller',
  [AccountType.Retailer]: 'Retailer',
  [AccountType.ResellerStaff]: 'Reseller Staff',
  [AccountType.SubresellerStaff]: 'Subreseller Staff',
  [AccountType.RetailerStaff]: 'Retailer Staff',
};

/** The type of account that parents each type (DESIGN §2); the Admin is the root. */
export const PARENT_TYPE: Readonly<Record<AccountType, AccountType | null>> = {
  [AccountType.Admin]: null,
  [AccountType.Staff]: AccountType.Admin,
  [AccountType.Reseller]: AccountType.Admin,
  [AccountType.Subreseller]: AccountType.Reseller,
  [AccountType.Retailer]: AccountType.Subreseller,
  [AccountType.ResellerStaff]: AccountType.Reseller,
  [AccountType.SubresellerStaff]: AccountType.Subreseller,
  [AccountType.RetailerStaff]: AccountType.Retailer,
};

const STAFF_TYPES: ReadonlySet<AccountType> = new Set([AccountType.Staff, AccountType.ResellerStaff, AccountType.SubresellerStaff, AccountType.RetailerStaff]);

/** Staff ("managers") act on behalf of their parent, their principal; operators are their own principal. */
export function isStaffType(type: AccountType): boolean {
  return STAFF_TYPES.has(type);
}

/** Operators of types 3-5 carry a billing balance; the Admin and all staff do not. */
export function hasBalance(type: AccountType): boolean {
  return type === AccountType.Reseller || type === AccountType.Subreseller || type === AccountType.Retailer;
}

/** R1: the role types a principal of the given type may create (and copy). */
export const CREATABLE_ROLE_TYPES: Readonly<Record<AccountType, readonly AccountType[]>> = {
  [AccountType.Admin]: [AccountType.Staff, AccountType.Reseller],
  [AccountType.Staff]: [],
  [AccountType.Reseller]: [AccountType.Subreseller, AccountType.ResellerStaff],
  [AccountType.Subreseller]: [AccountType.Retailer, AccountType.SubresellerStaff],
  [AccountType.Retailer]: [AccountType.RetailerStaff],
  [AccountType.ResellerStaff]: [],
  [AccountType.SubresellerStaff]: [],
  [AccountType.RetailerStaff]: [],
};

/** R1 is decided by the caller's principal type: a staff account creates what its principal may. */
export function mayCreateRoleType(principalType: AccountType, roleType: AccountType): boolean {
  return CREATABLE_ROLE_TYPES[principalType].includes(roleType);
}

/** R11: the account types a principal of the given type may parent (the table of §2 read backwards). */
export function mayParentType(principalType: AccountType, childType: AccountType): boolean {
  return PARENT_TYPE[childType] === principalType;
}

export function isAccountType(value: unknown): value is AccountType {
  return typeof value === 'number' && ACCOUNT_TYPES.includes(value);
}
