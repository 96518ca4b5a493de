import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ACCOUNT_TYPE_NAMES, AccountType, AuditAction, PermissionKey, TICKET_REPLIES_MAX, TicketStatus } from '@tiergate/access';
import { DISABLED_ON_PATH_SQL, ticketNumberSql, ticketSearchText, writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { accountNameReachSql } from '../access/account-names';
import { auditActorOf, Caller } from '../access/caller';
import { UsageRecorder } from '../access/usage-recorder';
import { ApiException } from '../common/api.exception';
import { containsPattern } from '../common/contains-pattern';
import { KeysetList, KeysetPage, keysetPage } from '../common/keyset/keyset-page';
import { ScopedWhere } from '../common/keyset/scoped-where';
import { MAX_COUNTED_TOTAL } from '../common/page-limit';
import { lockSubscriberInScope, lockSubscriberOf } from '../subscribers/subscriber-records';
import { CreateTicketDto } from './dto/create-ticket.dto';
import { ListTicketsQuery, TicketFiltersQuery, TicketSort } from './dto/list-tickets.query';
import { UpdateTicketDto } from './dto/update-ticket.dto';
import { NAMED_TICKET_COLUMNS, namedTicketsFrom, SEES_TICKET_SQL, TICKET_COLUMNS } from './ticket.view';
import {
  ListedTicketResponse,
  TicketAssigneeResponse,
  TicketCountsResponse,
  TicketDetailResponse,
  TicketReplyResponse,
  TicketResponse,
} from './ticket.response';

type TicketRow = TicketResponse & { ownerPath: string; username: string };

/** GET /tickets sorts by these columns. */
const TICKET_LIST: KeysetList<TicketSort> = {
  id: 't.id',
  sorts: {
    createdAt: { sql: 't.created_at', type: 'timestamptz' },
    updatedAt: { sql: 't.updated_at', type: 'timestamptz' },
  },
};

/** Whether account `a` may work ticket `t`: it sees the ticket's subscriber (R10) and may act (R9: active, nothing above it disabled). */
const ASSIGNABLE_SQL = `(a.status = 'active' AND NOT ${DISABLED_ON_PATH_SQL} AND ${SEES_TICKET_SQL})`;

/** The accounts `a` the caller can name (its reach, as for every name it reads) beside ticket `t`: FROM and WHERE. */
function assignableSql(caller: Caller, ticketId: number): { sql: string; params: unknown[] } {
  const params: unknown[] = [ticketId];
  return { sql: `FROM accounts a, tickets t WHERE t.id = $1 AND ${accountNameReachSql(caller, 'a', params)}`, params };
}

/** At most this many accounts are offered to assign a ticket to (the owner's side rarely has more). */
const MAX_ASSIGNEES = 500;

/**
 * Tickets (API.md "Tickets and messages", R17). A ticket belongs to its subscriber: in the caller's scope exactly when
 * the subscriber is (R10), out of it "not found". Every change is one transaction with its audit entry (R12), placed
 * at the subscriber's owner. Locks are taken subscriber (KEY SHARE, against a concurrent move) → counter → ticket,
 * as for invoices, so concurrent changes and moves queue up instead of deadlocking.
 */
@Injectable()
export class TicketsService {
  constructor(
    private readonly db: DataSource,
    private readonly usage: UsageRecorder,
  ) {}

  async list(caller: Caller, query: ListTicketsQuery): Promise<KeysetPage<ListedTicketResponse>> {
    const where = this.filtered(caller, query).filter('t.status = ?', query.status);
    return keysetPage(this.db, TICKET_LIST, { select: NAMED_TICKET_COLUMNS, from: namedTicketsFrom(caller, where.params), where }, query);
  }

  /** Each status's count under the filters, each counted up to MAX_COUNTED_TOTAL like a list's total. */
  async counts(caller: Caller, query: TicketFiltersQuery): Promise<TicketCountsResponse> {
    const where = this.filtered(caller, query);
    const count = (status: TicketStatus) =>
      `(SELECT count(*)::int FROM (SELECT 1 FROM tickets t WHERE ${where} AND t.status = '${status}' LIMIT ${MAX_COUNTED_TOTAL}) x) AS ${status}`;
    const [counts] = await this.db.query(`SELECT ${count('open')}, ${count('pending')}, ${count('closed')}`, where.params);
    return counts;
  }

  async get(caller: Caller, id: number, m: EntityManager = this.db.manager): Promise<TicketDetailResponse> {
    const where = ScopedWhere.customers(caller, 't').filter('t.id = ?', id);
    const [ticket] = await m.query(`SELECT ${NAMED_TICKET_COLUMNS} FROM ${namedTicketsFrom(caller, where.params)} WHERE ${where}`, where.params);
    if (!ticket) throw new NotFoundException(`Ticket ${id} not found`);
    const params: unknown[] = [id];
    const replies: TicketReplyResponse[] = await m.query(
      `SELECT r.id, r.ticket_id AS "ticketId", r.author_id AS "authorId", au.name AS "authorName", r.body, r.created_at AS "createdAt"
         FROM ticket_replies r LEFT JOIN accounts au ON au.id = r.author_id AND ${accountNameReachSql(caller, 'au', params)}
        WHERE r.ticket_id = $1 ORDER BY r.id`,
      params,
    );
    return { ...ticket, replies };
  }

  /** Opens a ticket with its first message, numbered next in the subscriber's branch. */
  async create(caller: Caller, subscriberId: number, dto: CreateTicketDto): Promise<TicketDetailResponse> {
    return this.db.transaction(async (m) => {
      const subscriber = await lockSubscriberInScope(m, caller, subscriberId);
      if (!subscriber) throw new NotFoundException(`Subscriber ${subscriberId} not found`);
      const [{ branch_id }] = await m.query(`SELECT a.branch_id FROM subscribers s JOIN accounts a ON a.id = s.owner_id WHERE s.id = $1`, [subscriberId]);
      // The counter row stays locked until commit: no two tickets get one number, and a rollback gives it back.
      const [{ last_number: n }] = await m.query(
        `INSERT INTO ticket_counters (branch_id, last_number) VALUES ($1, 1)
         ON CONFLICT (branch_id) DO UPDATE SET last_number = ticket_counters.last_number + 1 RETURNING last_number`,
        [branch_id],
      );
      const [ticket]: TicketRow[] = await m.query(
        `INSERT INTO tickets AS t (branch_id, number, subscriber_id, subject, priority, created_by)
         VALUES ($1, ${ticketNumberSql('$2::bigint')}, $3, $4, $5, $6)
         RETURNING ${TICKET_COLUMNS}, t.owner_path AS "ownerPath"`,
        [branch_id, n, subscriberId, dto.subject.trim(), dto.priority ?? 'normal', caller.id],
      );
      const body = dto.body.trim();
      await m.query(`INSERT INTO ticket_replies (ticket_id, author_id, body) VALUES ($1, $2, $3)`, [ticket.id, caller.id, body]);
      await this.record(m, caller, { ...ticket, username: subscriber.username }, 'ticket.create', { after: { ...view(ticket), body } });
      return this.get(caller, ticket.id, m);
    });
  }

  /**
   * Subject (edit_ticket), priority (ticket_priority) and assignee (ticket_assign: an account that can see the
   * subscriber, or null), each with its own key, noted as used (R15) here rather than by the route.
   */
  async update(caller: Caller, id: number, dto: UpdateTicketDto): Promise<TicketDetailResponse> {
    const needs: PermissionKey[] = [];
    if (dto.subject !== undefined) needs.push('edit_ticket');
    if (dto.priority !== undefined) needs.push('ticket_priority');
    if (dto.assigneeId !== undefined) needs.push('ticket_assign');
    for (const key of needs) if (!this.usage.uses(caller, key)) throw new ApiException('MISSING_PERMISSION', `Missing permission: ${key}`);
    return this.change(caller, id, 'ticket.update', async (m, before) => {
      if (dto.assigneeId !== undefined && dto.assigneeId !== null && dto.assigneeId !== before.assigneeId) {
        await this.assertAssignable(m, caller, id, dto.assigneeId);
      }
      const [[after]]: [TicketRow[], number] = await m.query(
        `UPDATE tickets t SET subject = coalesce($2, subject), priority = coalesce($3, priority),
                assignee_id = CASE WHEN $4 THEN $5::int ELSE assignee_id END, updated_at = now()
          WHERE id = $1 RETURNING ${TICKET_COLUMNS}, t.owner_path AS "ownerPath"`,
        [id, dto.subject?.trim() ?? null, dto.priority ?? null, dto.assigneeId !== undefined, dto.assigneeId ?? null],
      );
      return after;
    });
  }

  /** Adds a staff reply at the end of the thread; an open ticket is then `pending` (answered, waiting on the customer). */
  async reply(caller: Caller, id: number, body: string): Promise<TicketReplyResponse> {
    return this.db.transaction(async (m) => {
      const before = await this.lockInScope(m, caller, id);
      if (before.status === 'closed') throw new ConflictException(`Ticket ${before.number} is closed: reopen it to reply`);
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM ticket_replies WHERE ticket_id = $1`, [id]);
      if (count >= TICKET_REPLIES_MAX)
        throw new ConflictException(`Ticket ${before.number} has ${TICKET_REPLIES_MAX} replies, the most a ticket holds: open a new one`);
      const [reply] = await m.query(
        `INSERT INTO ticket_replies (ticket_id, author_id, body) VALUES ($1, $2, $3)
         RETURNING id, ticket_id AS "ticketId", author_id AS "authorId", body, created_at AS "createdAt"`,
        [id, caller.id, body.trim()],
      );
      const [[after]]: [TicketRow[], number] = await m.query(
        `UPDATE tickets t SET status = 'pending', updated_at = now() WHERE id = $1 RETURNING ${TICKET_COLUMNS}, t.owner_path AS "ownerPath"`,
        [id],
      );
      await this.record(m, caller, before, 'ticket.reply', {
        replyId: reply.id,
        body: reply.body,
        ...(before.status !== after.status && { before: { status: before.status }, after: { status: after.status } }),
      });
      return { ...reply, authorName: caller.name };
    });
  }

  close(caller: Caller, id: number): Promise<TicketDetailResponse> {
    return this.setStatus(caller, id, 'ticket.close', 'closed', (t) => (t.status === 'closed' ? `Ticket ${t.number} is already closed` : null));
  }

  reopen(caller: Caller, id: number): Promise<TicketDetailResponse> {
    return this.setStatus(caller, id, 'ticket.reopen', 'open', (t) => (t.status !== 'closed' ? `Ticket ${t.number} is not closed` : null));
  }

  /** Deletes the ticket and its thread; the audit entry keeps what it was. */
  async remove(caller: Caller, id: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const before = await this.lockInScope(m, caller, id);
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM ticket_replies WHERE ticket_id = $1`, [id]);
      await m.query(`DELETE FROM tickets WHERE id = $1`, [id]);
      await this.record(m, caller, before, 'ticket.delete', { before: view(before), replies: count });
    });
  }

  /** The accounts the caller may assign the ticket to: those that can see its subscriber (R10), within the caller's reach. */
  async assignees(caller: Caller, id: number): Promise<TicketAssigneeResponse[]> {
    await this.get(caller, id);
    const { sql, params } = assignableSql(caller, id);
    const rows: { id: number; name: string; type: AccountType }[] = await this.db.query(
      `SELECT a.id, a.name, a.type ${sql} AND ${ASSIGNABLE_SQL} ORDER BY a.type, a.name, a.id LIMIT ${MAX_ASSIGNEES}`,
      params,
    );
    return rows.map((a) => ({ ...a, typeName: ACCOUNT_TYPE_NAMES[a.type] }));
  }

  /** An account outside the caller's reach is "not found"; one it can name that cannot see the subscriber, 400. */
  private async assertAssignable(m: EntityManager, caller: Caller, ticketId: number, accountId: number): Promise<void> {
    const { sql, params } = assignableSql(caller, ticketId);
    const [row] = await m.query(`SELECT ${ASSIGNABLE_SQL} AS assignable ${sql} AND a.id = $${params.push(accountId)}`, params);
    if (!row) throw new NotFoundException(`Account ${accountId} not found`);
    if (!row.assignable) throw new BadRequestException(`assigneeId: account ${accountId} cannot see this ticket's subscriber`);
  }

  private filtered(caller: Caller, query: TicketFiltersQuery): ScopedWhere {
    return ScopedWhere.customers(caller, 't')
      .filter('t.priority = ?', query.priority)
      .filter('t.assignee_id = ?', query.assigneeId)
      .filter('t.subscriber_id = ?', query.subscriberId)
      .filter(`(${ticketSearchText('t')}) ILIKE ?`, query.q ? containsPattern(query.q) : undefined);
  }

  private setStatus(caller: Caller, id: number, action: AuditAction, status: TicketStatus, refusal: (t: TicketRow) => string | null) {
    return this.change(caller, id, action, async (m, before) => {
      const refused = refusal(before);
      if (refused) throw new ConflictException(refused);
      const [[after]]: [TicketRow[], number] = await m.query(
        `UPDATE tickets t SET status = $2, updated_at = now() WHERE id = $1 RETURNING ${TICKET_COLUMNS}, t.owner_path AS "ownerPath"`,
        [id, status],
      );
      return after;
    });
  }

  /** One change to one ticket: locked, changed and audited with what changed, before and after, in one transaction. */
  private async change(caller: Caller, id: number, action: AuditAction, mutate: (m: EntityManager, before: TicketRow) => Promise<TicketRow>) {
    return this.db.transaction(async (m) => {
      const before = await this.lockInScope(m, caller, id);
      const after = await mutate(m, before);
      const [was, is] = [view(before), view(after)];
      const changed = (['subject', 'priority', 'status', 'assigneeId'] as const).filter((k) => was[k] !== is[k]);
      if (changed.length) {
        await this.record(m, caller, before, action, {
          before: Object.fromEntries(changed.map((k) => [k, was[k]])),
          after: Object.fromEntries(changed.map((k) => [k, is[k]])),
        });
      }
      return this.get(caller, id, m);
    });
  }

  /** The ticket in the caller's scope, locked until commit, after its subscriber (KEY SHARE, against a concurrent move). */
  private async lockInScope(m: EntityManager, caller: Caller, id: number): Promise<TicketRow> {
    await lockSubscriberOf(m, 'tickets', id);
    const where = ScopedWhere.customers(caller, 't').filter('t.id = ?', id);
    const [row] = await m.query(
      `SELECT ${TICKET_COLUMNS}, t.owner_path AS "ownerPath", s.username FROM tickets t JOIN subscribers s ON s.id = t.subscriber_id
        WHERE ${where} FOR UPDATE OF t`,
      where.params,
    );
    if (!row) throw new NotFoundException(`Ticket ${id} not found`);
    return row;
  }

  /** R12: placed at the subscriber's owner, whose side reads it. */
  private record(m: EntityManager, caller: Caller, ticket: TicketRow, action: AuditAction, changes: Record<string, unknown>) {
    return writeAudit(m, auditActorOf(caller), {
      action,
      targetType: 'ticket',
      targetId: ticket.id,
      targetLabel: `${ticket.number} ${ticket.username}`,
      targetPath: ticket.ownerPath,
      changes,
    });
  }
}

function view({ ownerPath: _, username: __, ...ticket }: TicketRow): TicketResponse {
  return ticket;
}
