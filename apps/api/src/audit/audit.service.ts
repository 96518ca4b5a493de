import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '../access/caller';
import { KeysetList, KeysetPage, keysetPage } from '../common/keyset/keyset-page';
import { ScopedWhere } from '../common/keyset/scoped-where';
import { MAX_COUNTED_TOTAL } from '../common/page-limit';
import { AuditSort, ListAuditQuery } from './dto/list-audit.query';

/** An audit entry as API.md shows it: named columns only, so the reach columns and session ids never leave. */
const AUDIT_VIEW_COLUMNS = `e.id::text AS id, e.at, e.actor_id AS "actorId", e.actor_name AS "actorName", e.actor_type AS "actorType",
  e.principal_id AS "principalId", e.ip, e.user_agent AS "userAgent", e.action, e.target_type AS "targetType", e.target_id AS "targetId",
  e.target_label AS "targetLabel", e.changes`;

interface AuditRow {
  id: string;
  at: Date;
  actorId: number | null;
  actorName: string;
  actorType: number | null;
  principalId: number | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  changes: Record<string, unknown> | null;
}
export type AuditView = Omit<AuditRow, 'id'> & { id: number };

/** GET /audit sorts by these columns. */
const AUDIT_LIST: KeysetList<AuditSort> = { id: 'e.id', sorts: { at: { sql: 'e.at', type: 'timestamptz' } } };

/** How many queries past the cap an instance remembers (a query forgotten is only counted again). */
const CAPPED_QUERIES_KEPT = 10_000;

@Injectable()
export class AuditService {
  /**
   * Queries (their WHERE and its parameters) that matched more than MAX_COUNTED_TOTAL entries. The log only grows
   * (R12: no entry is changed or deleted) and which entries such a query matches depends on their own columns, so it
   * stays past the cap: its pages need no count. Not kept for a subscriber's activity, which reads other tables.
   */
  private readonly capped = new Set<string>();

  constructor(private readonly db: DataSource) {}

  /** Entries the caller may read (R12); all of them, or those about one subscriber. */
  async list(caller: Caller, query: ListAuditQuery, aboutSubscriber?: number): Promise<KeysetPage<AuditView>> {
    const where = ScopedWhere.auditReach(caller);
    if (aboutSubscriber !== undefined) {
      // A subscriber's activity: the entries about it, about its money (its invoices and payments) and its tickets.
      const [about, aboutId] = [where.param(String(aboutSubscriber)), where.param(aboutSubscriber)];
      where.and(`((e.target_type = 'subscriber' AND e.target_id = ${about})
          OR (e.target_type = 'invoice' AND e.target_id IN (SELECT id::text FROM invoices WHERE subscriber_id = ${aboutId}))
          OR (e.target_type = 'payment' AND e.target_id IN (SELECT id::text FROM payments WHERE subscriber_id = ${aboutId}))
          OR (e.target_type = 'ticket' AND e.target_id IN (SELECT id::text FROM tickets WHERE subscriber_id = ${aboutId})))`);
    }
    where
      .filter('e.actor_id = ?', query.actorId)
      .filter('e.action = ?', query.action)
      .filter('e.target_type = ?', query.targetType)
      .filter('e.target_id = ?', query.targetId)
      .filter('e.at >= ?::timestamptz', query.from)
      .filter('e.at < ?::timestamptz', query.to);
    const key = aboutSubscriber === undefined ? `${where}|${JSON.stringify(where.params)}` : undefined;
    const total = key !== undefined && this.capped.has(key) ? () => String(MAX_COUNTED_TOTAL + 1) : undefined;
    const page = await keysetPage<AuditRow, AuditSort>(
      this.db,
      AUDIT_LIST,
      { select: AUDIT_VIEW_COLUMNS, from: 'audit_log e', where, total, countAlongside: true },
      query,
    );
    if (key !== undefined && page.totalCapped && !total) this.rememberCapped(key);
    return { ...page, items: page.items.map((e) => ({ ...e, id: Number(e.id) })) };
  }

  private rememberCapped(key: string) {
    if (this.capped.size >= CAPPED_QUERIES_KEPT) this.capped.delete(this.capped.values().next().value!);
    this.capped.add(key);
  }
}
