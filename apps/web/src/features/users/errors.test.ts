import { ApiError } from '../../api/client';
import { accountErrorMessage } from './errors';

describe('account errors in words', () => {
  it('names the keys a caller cannot grant by their labels', () => {
    expect(accountErrorMessage(new ApiError(403, 'You cannot grant permissions you do not hold: delete_user'))).toBe(
      'You cannot give permissions your own account does not hold: “Delete users”.',
    );
  });
  it('explains a refused delete', () => {
    expect(accountErrorMessage(new ApiError(409, 'Not Eligible To Delete: the account still owns subscribers and accounts and roles'))).toMatch(
      /still owns subscribers, accounts and roles\. Move or delete those first/,
    );
  });
  it('keeps a taken email and says what to do', () => {
    expect(accountErrorMessage(new ApiError(409, 'Email a@b.c is already in use'))).toMatch(/^Email a@b\.c is already in use\. .*another one/);
  });
});
