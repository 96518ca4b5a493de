import { ApiError } from '../../api/client';
import type { Role } from '../../api/types';
import { describeError } from '../../components/describe-error';

export const NOT_ELIGIBLE_TYPE = 'Not Eligible To This Type Of Role';
export const NOT_ELIGIBLE_DELETE = 'Not Eligible To Delete';

export const isStaleVersion = (error: unknown) => error instanceof ApiError && error.status === 409 && /changed by someone else/i.test(error.message);

/** Why a role cannot be deleted (R5), in words. */
export function notEligibleToDeleteText(role: Pick<Role, 'isSystem' | 'userCount'>): string {
  if (role.isSystem) return 'This is a system role: it cannot be deleted.';
  const n = role.userCount;
  return `This role is assigned to ${n} ${n === 1 ? 'account' : 'accounts'}; move ${n === 1 ? 'it' : 'them'} to another role first (Not Eligible To Delete).`;
}

/** An API error on a role, in words a panel user understands (API.md statuses). */
export function roleErrorText(error: unknown, role?: Pick<Role, 'isSystem' | 'userCount'>): string {
  if (error instanceof ApiError) {
    const { status, message } = error;
    if (message === NOT_ELIGIBLE_TYPE) return 'Your account may not create roles of this type (Not Eligible To This Type Of Role).';
    if (message === NOT_ELIGIBLE_DELETE) {
      return role
        ? notEligibleToDeleteText(role)
        : 'This role is assigned to accounts (or is a system role); move them to another role first (Not Eligible To Delete).';
    }
    if (status === 409 && /already exists/i.test(message)) return `${message}. Choose another name.`;
    if (isStaleVersion(error)) return 'Changed by someone else — reload to see the current permissions.';
  }
  return describeError(error, 'This role no longer exists, or is not yours to see.');
}
