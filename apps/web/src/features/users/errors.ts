import { ApiError } from '../../api/client';
import { describeError, keysInWords } from '../../components/describe-error';

/** An API failure on an account, in words a panel user can act on. */
export function accountErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const { status, message } = error;
    if (status === 409 && /already in use/i.test(message)) return `${message}. Every account needs its own sign-in email: choose another one.`;
    if (status === 409 && /Not Eligible To Delete/i.test(message)) {
      const owned = /owns (.+)$/.exec(message)?.[1].split(' and ');
      const list = owned ? (owned.length > 1 ? `${owned.slice(0, -1).join(', ')} and ${owned.at(-1)}` : owned[0]) : 'records';
      return `This account cannot be deleted while it still owns ${list}. Move or delete those first, or disable the account instead.`;
    }
    const notHeld = status === 403 && /^You cannot grant permissions you do not hold: (.+)$/.exec(message);
    if (notHeld) return `You cannot give permissions your own account does not hold: ${keysInWords(notHeld[1])}.`;
    const notAllowed = status === 400 && /^Not allowed for account type ([^:]+): (.+)$/.exec(message);
    if (notAllowed) return `A ${notAllowed[1]} account cannot hold ${keysInWords(notAllowed[2])}.`;
    if (status === 404) return `${message}: it was deleted, or it is no longer one you manage.`;
  }
  return describeError(error);
}
