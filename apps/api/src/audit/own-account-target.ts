import { accountTarget } from '@tiergate/db';
import { Caller } from '../access/caller';

/**
 * The target of an entry about the caller's own account, in the session it acts in (sign-out). A staff account's
 * parent is its principal, so its path is its principal's plus its own id.
 */
export function ownAccountTarget(caller: Caller) {
  const path = caller.id === caller.principalId ? caller.principalPath : `${caller.principalPath}${caller.id}/`;
  return accountTarget({ id: caller.id, email: caller.email, path }, caller.sessionId);
}
