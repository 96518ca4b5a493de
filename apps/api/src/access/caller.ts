import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AccountType, PermissionKey, PreviewTarget } from '@tiergate/access';
import { AccessRow, AuditActor } from '@tiergate/db';

/** The signed-in account as every service sees it: who it is, whom it acts for, and what it may do now. */
export type Caller = Omit<AccessRow, 'rolePermissions' | 'grants' | 'revokes' | 'grantsValidUntil' | 'status' | 'disabledOnPath' | 'path'> & {
  principalType: AccountType;
  /** The principal's materialised path: the caller's reach in the tree. */
  principalPath: string;
  /** R14's tenant whose share of the instance the request takes (tenantOf the principal's path; a preview's is its previewer's). */
  tenant: string;
  permissions: ReadonlySet<PermissionKey>;
  sessionId: string;
  ip: string | null;
  userAgent: string | null;
  /**
   * Set while the caller is a preview (R15): the account or role previewed, read only, and the signed-in account that
   * previews it, which stays the actor of whatever the request records.
   */
  preview?: { target: PreviewTarget; previewer: Caller };
};

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  return ctx.switchToHttp().getRequest().caller;
});

export function auditActorOf(caller: Caller): AuditActor {
  if (caller.preview) return auditActorOf(caller.preview.previewer);
  return {
    id: caller.id,
    name: caller.name,
    type: caller.type,
    principalId: caller.principalId,
    principalPath: caller.principalPath,
    ip: caller.ip,
    userAgent: caller.userAgent,
  };
}
