import { EntityManager } from 'typeorm';
import { AuditEntry } from './entities/audit-entry.entity';

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
  action: string;
  targetType?: string;
  targetId?: string | number;
  targetLabel?: string;
  changes?: Record<string, any>;
}

/** R12: always called with the manager of the transaction that makes the change. */
export async function writeAudit(manager: EntityManager, actor: AuditActor, record: AuditRecord): Promise<void> {
  await manager.insert(AuditEntry, {
    actorId: actor.id,
    actorName: actor.name,
    actorType: actor.type,
    principalId: actor.principalId,
    principalPath: actor.principalPath,
    ip: actor.ip ?? null,
    userAgent: actor.userAgent ?? null,
    action: record.action,
    targetType: record.targetType ?? null,
    targetId: record.targetId === undefined ? null : String(record.targetId),
    targetLabel: record.targetLabel ?? null,
    changes: record.changes ?? null,
  });
}
