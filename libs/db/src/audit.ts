import { AuditAction, AuditTargetType } from '@tiergate/access';
import { EntityManager } from 'typeorm';

/** Who did it, as the audit log records it: an account, or the worker ("system"). */
export interface AuditActor {
  id: number | null;
  name: string;
  type: number | null;
  principalId: number | null;
  principalPath: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditRecord {
  action: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string | number;
  targetLabel?: string;
  /**
   * R12: where the target sits in the tree (a subscriber's or a role's owner's path, an account's own path).
   * Left out for what is outside the tree (packages, settings): then only the Admin's side reads the entry.
   */
  targetPath?: string | null;
  /** The session a sign-in, sign-out or refresh is about: stored for forensics, never shown to anyone. */
  sessionId?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's insert type takes no `unknown` in a jsonb column
  changes?: Record<string, any>;
}

/** The target of an entry about one account (the session, if any, stays out of sight). */
export function accountTarget(account: { id: number; email: string; path: string }, sessionId?: string) {
  return {
    targetType: 'account' as const,
    targetId: account.id,
    targetLabel: account.email,
    targetPath: account.path,
    sessionId,
  } satisfies Partial<AuditRecord>;
}

/** The target of an entry about a role: placed at its owner, whose side sees the role (R7). */
export function roleTarget(role: { id: number; name: string }, ownerPath: string | null) {
  return { targetType: 'role' as const, targetId: role.id, targetLabel: role.name, targetPath: ownerPath } satisfies Partial<AuditRecord>;
}

/** The deepest account two materialised paths both lie under (`/1/4/9/`, `/1/4/12/` → `/1/4/`); null if either is. */
export function commonPath(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  let end = 0;
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) if (a[i] === '/') end = i + 1;
  return end > 1 ? a.slice(0, end) : null;
}

/**
 * R12: always called with the manager of the transaction that makes the change. One plain INSERT: the entry's id and
 * time are the database's, and nothing reads them back.
 */
export async function writeAudit(manager: EntityManager, actor: AuditActor, record: AuditRecord): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor_id, actor_name, actor_type, principal_id, principal_path, ip, user_agent, action,
       target_type, target_id, target_label, target_path, reach_path, session_id, changes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      actor.id,
      actor.name,
      actor.type,
      actor.principalId,
      actor.principalPath,
      actor.ip ?? null,
      actor.userAgent ?? null,
      record.action,
      record.targetType ?? null,
      record.targetId === undefined ? null : String(record.targetId),
      record.targetLabel ?? null,
      record.targetPath ?? null,
      commonPath(actor.principalPath, record.targetPath ?? null),
      record.sessionId ?? null,
      record.changes == null ? null : JSON.stringify(record.changes),
    ],
  );
}
