import { Injectable } from '@nestjs/common';
import { AccountType } from '@tiergate/access';
import { AuditEntry } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { Caller } from '../access/caller';
import { hasDirectScope } from '../access/scope';
import { DEFAULT_PAGE_LIMIT } from '../common/page-limit';
import { ListAuditQuery } from './dto/list-audit.query';

/** An audit entry as API.md shows it: named fields only, so the reach columns and session ids never leave. */
function toAuditView(e: AuditEntry) {
  return {
    id: Number(e.id),
    at: e.at,
    actorId: e.actorId,
    actorName: e.actorName,
    actorType: e.actorType,
    principalId: e.principalId,
    ip: e.ip,
    userAgent: e.userAgent,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    targetLabel: e.targetLabel,
    changes: e.changes,
  };
}
export type AuditView = ReturnType<typeof toAuditView>;

/**
 * R12 as one condition on the entry `e`: its actor and its target are both within the caller's reach.
 *
 * Operators and subtree-scope managers: the actor's principal and the target both lie in the caller's principal's
 * subtree, i.e. `reach_path` does (one indexed range). A direct-scope manager: actors acting for its principal
 * (`principal_id`), targets that are its principal's own customers (R10), accounts below the principal (R11) or
 * the principal's roles. For everyone: a role only if visible under R7 (an Admin principal sees all, anyone else
 * those its principal owns); an account only within R11, so a manager does not read about its principal's own
 * account. Entries acted for by nobody (unknown emails) or about nothing in the tree (packages, settings) have no
 * reach and are the Admin side's alone. The exceptions are written as "(…) IS NOT TRUE" so that the planner
 * estimates them from column statistics and keeps the range's row estimate.
 */
export function auditReachCondition(caller: Caller): [string, Record<string, unknown>] {
  const e = 'e'; // the alias every audit query uses
  const adminSide = caller.principalType === AccountType.Admin;
  const orAdminOnly = (condition: string, column: string) => (adminSide ? `(${condition} OR ${e}.${column} IS NULL)` : condition);
  const conditions = hasDirectScope(caller)
    ? [
        orAdminOnly(`${e}.principal_id = :reachPrincipalId`, 'principal_id'),
        orAdminOnly(
          `(${e}.target_path = :reachPath OR (${e}.target_path LIKE :reachPrefix AND ${e}.target_type IN (${adminSide ? "'account', 'role'" : "'account'"})))`,
          'target_path',
        ),
      ]
    : [orAdminOnly(`${e}.reach_path LIKE :reachPrefix`, 'reach_path')];
  if (!adminSide) conditions.push(`(${e}.target_type = 'role' AND ${e}.target_path <> :reachPath) IS NOT TRUE`);
  if (caller.id !== caller.principalId) conditions.push(`(${e}.target_type = 'account' AND ${e}.target_path = :reachPath) IS NOT TRUE`);
  return [`(${conditions.join(' AND ')})`, { reachPrefix: `${caller.principalPath}%`, reachPath: caller.principalPath, reachPrincipalId: caller.principalId }];
}

@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** Entries the caller may read (R12), newest first, keyset by id; all of them, or those about one subscriber. */
  async list(caller: Caller, query: ListAuditQuery, aboutSubscriber?: number): Promise<{ items: AuditView[]; nextCursor: number | null }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const qb = this.db
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where(...auditReachCondition(caller));
    if (aboutSubscriber !== undefined) {
      // A subscriber's activity: the entries about it and about its money (its invoices and payments).
      qb.andWhere(
        `((e.target_type = 'subscriber' AND e.target_id = :about)
          OR (e.target_type = 'invoice' AND e.target_id IN (SELECT id::text FROM invoices WHERE subscriber_id = :aboutId))
          OR (e.target_type = 'payment' AND e.target_id IN (SELECT id::text FROM payments WHERE subscriber_id = :aboutId)))`,
        { about: String(aboutSubscriber), aboutId: aboutSubscriber },
      );
    }
    if (query.actorId !== undefined) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.action !== undefined) qb.andWhere('e.action = :action', { action: query.action });
    if (query.targetType !== undefined) qb.andWhere('e.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId !== undefined) qb.andWhere('e.target_id = :targetId', { targetId: query.targetId });
    if (query.from !== undefined) qb.andWhere('e.at >= :from', { from: query.from });
    if (query.to !== undefined) qb.andWhere('e.at < :to', { to: query.to });
    if (query.cursor !== undefined) qb.andWhere('e.id < :cursor', { cursor: query.cursor });
    const items = await qb
      .orderBy('e.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const more = items.length > limit;
    if (more) items.pop();
    return { items: items.map(toAuditView), nextCursor: more ? Number(items[items.length - 1].id) : null };
  }
}
