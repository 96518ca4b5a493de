import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AccountType, PermissionKey } from '@tiergate/access';
import { AccessRow, AuditActor } from '@tiergate/db';

/** The signed-in account as every service sees it: who it is, whom it acts for, and what it may do now. */
export type Caller = Omit<AccessRow, 'rolePermissions' | 'grants' | 'revokes' | 'grantsValidUntil' | 'status' | 'disabledOnPath' | 'path'> & {
  principalType: AccountType;
  /** The principal's materialised path: the caller's reach in the tree. */
  principalPath: string;
  permissions: ReadonlySet<PermissionKey>;
  sessionId: string;
  ip: string | null;
  userAgent: string | null;
};

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  return ctx.switchToHttp().getRequest().caller;
});

export function auditActorOf(caller: Caller): AuditActor {
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
