import { Injectable } from '@nestjs/common';
import { AccountType } from '@tiergate/access';
import { AuditEntry } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { Caller } from '../access/caller';
import { DEFAULT_PAGE_LIMIT } from '../common/page-limit';
import { ListAuditQuery } from './dto/list-audit.query';

/** An audit entry as API.md shows it. */
export type AuditView = Omit<AuditEntry, 'principalPath' | 'id'> & { id: number };

@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /**
   * R12: entries of actors in the caller's principal's subtree, newest first. Entries without a principal
   * (failed logins for unknown emails) belong to the root, so only the Admin's side reads them.
   */
  async list(caller: Caller, query: ListAuditQuery): Promise<{ items: AuditView[]; nextCursor: number | null }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const qb = this.db.getRepository(AuditEntry).createQueryBuilder('e');
    if (caller.principalType === AccountType.Admin) {
      qb.where('(e.principal_path LIKE :prefix OR e.principal_path IS NULL)', { prefix: `${caller.principalPath}%` });
    } else {
      qb.where('e.principal_path LIKE :prefix', { prefix: `${caller.principalPath}%` });
    }
    if (query.actorId !== undefined) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.action !== undefined) qb.andWhere('e.action = :action', { action: query.action });
    if (query.targetType !== undefined) qb.andWhere('e.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId !== undefined) qb.andWhere('e.target_id = :targetId', { targetId: query.targetId });
    if (query.from !== undefined) qb.andWhere('e.at >= :from', { from: query.from });
    if (query.to !== undefined) qb.andWhere('e.at < :to', { to: query.to });
    if (query.cursor !== undefined) qb.andWhere('e.id < :cursor', { cursor: query.cursor });
    const items = await qb.orderBy('e.id', 'DESC').limit(limit + 1).getMany();
    const more = items.length > limit;
    if (more) items.pop();
    return {
      items: items.map(({ principalPath: _scopeOnly, ...entry }) => ({ ...entry, id: Number(entry.id) })),
      nextCursor: more ? Number(items[items.length - 1].id) : null,
    };
  }
}
