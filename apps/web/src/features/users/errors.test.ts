import { ApiError } from '../../api/client';
import { accountErrorMessage } from './errors';

describe('account errors in words', () => {
  it('names the keys a caller cannot grant by their labels', () => {
    expect(accountErrorMessage(new ApiError(403, 'GRANT_NOT_HELD', 'You cannot grant permissions you do not hold: delete_user'))).toBe(
      'You cannot give permissions your own account does not hold: “Delete users”.',
    );
  });
  it('explains a refused delete', () => {
    expect(
      accountErrorMessage(new ApiError(409, 'NOT_ELIGIBLE_TO_DELETE', 'Not Eligible To Delete: the account still owns subscribers and accounts and roles')),
    ).toMatch(/still owns subscribers and accounts and roles\. Move or delete those first/);
  });
  it('keeps a taken email and says what to do', () => {
    expect(accountErrorMessage(new ApiError(409, 'DUPLICATE_EMAIL', 'Email a@b.c is already in use'))).toMatch(
      /^Email a@b\.c is already in use\. .*another one/,
    );
  });
  it('goes by the code, not the words: a message the panel never saw before still finds its sentence', () => {
    expect(accountErrorMessage(new ApiError(400, 'NOT_ALLOWED_FOR_TYPE', 'Nicht erlaubt: add_package, delete_package'))).toBe(
      'This type of account cannot hold “Add new packages”, “Delete packages”.',
    );
  });
});
