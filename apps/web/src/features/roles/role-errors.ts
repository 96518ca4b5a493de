import { hasCode } from '../../api/client';
import type { Role } from '../../api/types';
import { describeError } from '../../components/describe-error';

export const isStaleVersion = (error: unknown) => hasCode(error, 'STALE_VERSION');

/** Why a role cannot be deleted (R5), in words. */
export function notEligibleToDeleteText(role: Pick<Role, 'isSystem' | 'userCount'>): string {
  if (role.isSystem) return 'This is a system role: it cannot be deleted.';
  const n = role.userCount;
  return `This role is assigned to ${n} ${n === 1 ? 'account' : 'accounts'}; move ${n === 1 ? 'it' : 'them'} to another role first (Not Eligible To Delete).`;
}

/** An API error on a role, in words a panel user understands (API.md statuses). */
export function roleErrorText(error: unknown, role?: Pick<Role, 'isSystem' | 'userCount'>): string {
  return describeError(error, {
    NOT_ELIGIBLE_TO_DELETE: role
      ? notEligibleToDeleteText(role)
      : 'This role is assigned to accounts (or is a system role); move them to another role first (Not Eligible To Delete).',
    STALE_VERSION: 'Changed by someone else — reload to see the current permissions.',
    NOT_FOUND: 'This role no longer exists, or is not yours to see.',
  });
}
