import { AccountType, principalTypeOf } from '@tiergate/access';
import { hasDirectScope, newAccountLabel, operatorChildTypeOf, staffTypeOf, typesBelow } from './account-kinds';

describe('what an account may create (DESIGN §2, R11)', () => {
  it.each([
    [AccountType.Admin, AccountType.Staff, AccountType.Reseller, 'New Reseller'],
    [AccountType.Reseller, AccountType.ResellerStaff, AccountType.Subreseller, 'New Subreseller'],
    [AccountType.Subreseller, AccountType.SubresellerStaff, AccountType.Retailer, 'New Retailer'],
    [AccountType.Retailer, AccountType.RetailerStaff, null, null],
  ])('a %s principal creates managers of type %s and operators of type %s', (principal, staff, operator, label) => {
    expect(staffTypeOf(principal)).toBe(staff);
    expect(operatorChildTypeOf(principal)).toBe(operator);
    expect(operator === null ? null : newAccountLabel(operator)).toBe(label);
    expect(newAccountLabel(staff)).toBe('New Manager');
  });

  it('a manager acts for its principal', () => {
    expect(principalTypeOf({ type: AccountType.ResellerStaff })).toBe(AccountType.Reseller);
    expect(principalTypeOf({ type: AccountType.Staff })).toBe(AccountType.Admin);
    expect(principalTypeOf({ type: AccountType.Subreseller })).toBe(AccountType.Subreseller);
  });

  it('only a manager can have direct scope in the R11 sense', () => {
    expect(hasDirectScope({ type: AccountType.ResellerStaff, scope: 'direct' })).toBe(true);
    expect(hasDirectScope({ type: AccountType.ResellerStaff, scope: 'subtree' })).toBe(false);
    expect(hasDirectScope({ type: AccountType.Reseller, scope: 'direct' })).toBe(false);
  });

  it('filters offer the types below the principal', () => {
    expect(typesBelow(AccountType.Admin)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(typesBelow(AccountType.Reseller)).toEqual([4, 5, 6, 7, 8]);
    expect(typesBelow(AccountType.Retailer)).toEqual([8]);
  });
});
