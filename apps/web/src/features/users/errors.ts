import { describeError } from '../../components/describe-error';

/** An API failure on an account, in words a panel user can act on. */
export function accountErrorMessage(error: unknown): string {
  return describeError(error, {
    NOT_ELIGIBLE_TO_DELETE: (e) => `${e.message}. Move or delete those first, or disable the account instead.`,
    NOT_FOUND: (e) => `${e.message}: it was deleted, or it is no longer one you manage.`,
  });
}
