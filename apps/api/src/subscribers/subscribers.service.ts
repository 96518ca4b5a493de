import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountType, AuditAction, scopedSql } from '@tiergate/access';
import { auditRowsSql, DISABLED_ON_PATH_SQL, preparedQuery, Subscriber, SubscriberNote, subscriberSearchText, writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { auditActorOf, Caller } from '../access/caller';
import { customerScopeOf } from '../access/scope';
import { UsageRecorder } from '../access/usage-recorder';
import { AuditService } from '../audit/audit.service';
import { containsPattern } from '../common/contains-pattern';
import { isoMomentSql } from '../common/moments';
import { KeysetList, KeysetPage, keysetPage } from '../common/keyset/keyset-page';
import { ScopedWhere } from '../common/keyset/scoped-where';
import { CursorQuery, MAX_COUNTED_TOTAL } from '../common/page-limit';
import { DAY_MS, runningTotalSql } from '../reports/reporting.sql';
import { conflictOnDuplicate } from '../common/unique-violation';
import { PackagesService } from '../packages/packages.service';
import { CreateSubscriberDto } from './dto/create-subscriber.dto';
import { ListSubscribersQuery, SubscriberSort } from './dto/list-subscribers.query';
import { UpdateSubscriberDto } from './dto/update-subscriber.dto';
import { refileSubscriberRecords } from './subscriber-records';
import {
  NAMED_SUBSCRIBER_COLUMNS,
  NamedSubscriberView,
  SUBSCRIBER_COLUMNS,
  SUBSCRIBERS_WITH_PACKAGES,
  SubscriberView,
  toSubscriberView,
} from './subscriber.view';
import { ApiException } from '../common/api.exception';

const OPERATOR_TYPES = [AccountType.Admin, AccountType.Reseller, AccountType.Subreseller, AccountType.Retailer];
/** Up to this many subscribers in scope (and a hundredth of all), a search reads the scope's rows, not the trigram index (searchedText). */
const SEARCH_READS_SCOPE_UP_TO = 5_000;
/** The scopes whose choice is kept (searchedText): signed-in callers' scopes; past them all are forgotten, which costs one statement each. */
const SEARCH_CHOICES_KEPT = 10_000;
const SEARCH_CHOICE_KEPT_MS = 60_000;

/** GET /subscribers sorts by these columns (`expiresAt` may be NULL: never expires, after every date). */
const SUBSCRIBER_LIST: KeysetList<SubscriberSort> = {
  id: 's.id',
  sorts: {
    createdAt: { sql: 's.created_at', type: 'timestamptz' },
    name: { sql: 's.name', type: 'text' },
    username: { sql: 's.username', type: 'text' },
    status: { sql: 's.status', type: 'text' },
    expiresAt: { sql: 's.expires_at', type: 'timestamptz', nullable: true },
  },
};

/**
 * `accounts a` narrowed to operator `ownerId` if it may own the caller's subscribers: an operator (types 1, 3-5) the
 * caller's scope covers and that may act (R9: neither it nor an operator above it is disabled); a direct-scope manager
 * only has its principal. Parameters are appended to `params`.
 */
function ownersInScope(caller: Caller, ownerId: number, params: unknown[]): string {
  return `accounts a WHERE a.id = $${params.push(ownerId)} AND a.type = ANY($${params.push(OPERATOR_TYPES)}::int[]) AND NOT ${DISABLED_ON_PATH_SQL}
    AND ${scopedSql(customerScopeOf(caller), { ownerId: 'a.id', ownerPath: 'a.path' }, params)}`;
}

const operatorNotFound = (id: number) => new NotFoundException(`Operator ${id} not found`);

/** Every query here goes through the caller's scope (R10): out of scope is "not found", never "forbidden". */
@Injectable()
export class SubscribersService {
  private readonly searchChoices = new Map<string, { readsScope: boolean; until: number }>();

  constructor(
    private readonly db: DataSource,
    private readonly packages: PackagesService,
    private readonly audit: AuditService,
    private readonly usage: UsageRecorder,
  ) {}

  async list(caller: Caller, query: ListSubscribersQuery): Promise<KeysetPage<NamedSubscriberView>> {
    const filters = { 'c.status': query.status, 'a.id': query.ownerId };
    const searched = query.q ? await this.searchedText(caller, query.status) : '';
    const where = ScopedWhere.subscribers(caller)
      .filter(`(${searched}) ILIKE ?`, query.q ? containsPattern(query.q) : undefined)
      .filter('s.status = ?', query.status)
      .filter('s.owner_id = ?', query.ownerId);
    // Without a search, the total is the running totals' (a large scope's count would read 10,001 index entries).
    const total = query.q
      ? undefined
      : (params: unknown[]) => runningTotalSql('subscriber_counts', customerScopeOf(caller), filters, MAX_COUNTED_TOTAL, params);
    return keysetPage(this.db, SUBSCRIBER_LIST, { select: NAMED_SUBSCRIBER_COLUMNS, from: SUBSCRIBERS_WITH_PACKAGES, where, total }, query);
  }

  /**
   * What a search matches against: the trigram index's expression, or the same text in a form no index serves, so
   * that the scope's own rows are read. The index's cost grows with the whole table (a term with trigrams every
   * subscriber has, "Name" or "0170", walks their posting lists: 15-35 ms at 1,000,000 subscribers, even for a
   * retailer of 300 whose rows take under 1 ms to read), the scope's rows with the scope (about 1.5 µs each). The
   * planner sees neither, so the running totals decide: the scope's rows when they are at most
   * SEARCH_READS_SCOPE_UP_TO and a hundredth of the table (its planner's estimate, pg_class.reltuples). The choice is
   * kept a minute per scope and status, since a search box asks again at each word: a stale one costs time, never a
   * row. Not per `ownerId` (a narrower scope reads no more rows): any number can be sent, and the kept choices are
   * every tenant's, so one caller could otherwise make the others' be forgotten.
   */
  private async searchedText(caller: Caller, status: string | undefined): Promise<string> {
    const scope = customerScopeOf(caller);
    const filters = { 'c.status': status };
    const key = JSON.stringify([scope, status]);
    let choice = this.searchChoices.get(key);
    if (!choice || choice.until < Date.now()) {
      const params: unknown[] = [];
      const inScope = runningTotalSql('subscriber_counts', scope, filters, SEARCH_READS_SCOPE_UP_TO, params);
      const [{ total, everyone }] = await this.db.query(
        `SELECT ${inScope} AS total, (SELECT reltuples FROM pg_class WHERE oid = 'subscribers'::regclass) AS everyone`,
        params,
      );
      if (this.searchChoices.size >= SEARCH_CHOICES_KEPT) this.searchChoices.clear();
      choice = { readsScope: total <= Math.min(SEARCH_READS_SCOPE_UP_TO, everyone / 100), until: Date.now() + SEARCH_CHOICE_KEPT_MS };
      this.searchChoices.set(key, choice);
    }
    return choice.readsScope ? `${subscriberSearchText('s')} || ''` : subscriberSearchText('s');
  }

  async get(caller: Caller, id: number): Promise<NamedSubscriberView> {
    const where = ScopedWhere.subscribers(caller).filter('s.id = ?', id);
    const [found] = await this.db.query(`SELECT ${NAMED_SUBSCRIBER_COLUMNS} FROM ${SUBSCRIBERS_WITH_PACKAGES} WHERE ${where}`, where.params);
    if (!found) throw new NotFoundException(`Subscriber ${id} not found`);
    return found;
  }

  /**
   * One statement, so one round trip and no transaction to open: the package (locked against its deletion only, so
   * other tenants' subscribers put on it do not wait) and the owner in scope, the subscriber inserted and answered as
   * it is read, and its audit entry with that answer as `after`.
   */
  async create(caller: Caller, dto: CreateSubscriberDto): Promise<NamedSubscriberView> {
    const ownerId = dto.ownerId ?? caller.principalId;
    const expiresAt = dto.expiresAt === undefined ? null : new Date(dto.expiresAt); // as a Date reads it: a date alone is UTC midnight
    const params: unknown[] = [dto.username, dto.name.trim(), dto.phone ?? null, dto.address ?? null, dto.packageId ?? null, expiresAt];
    const audit = auditRowsSql(
      auditActorOf(caller),
      {
        action: 'subscriber.create',
        targetType: 'subscriber',
        rows: 'created c',
        targetId: 'c.id',
        targetLabel: 'c.username',
        targetPath: 'c.owner_path',
        // The answer's moments as the API prints them (pg reads the answer's as Dates).
        changes: `jsonb_build_object('after', to_jsonb(c) - 'owner_path' - 'packageName'
          || jsonb_build_object('expiresAt', ${isoMomentSql('c."expiresAt"')}, 'createdAt', ${isoMomentSql('c."createdAt"')}))`,
      },
      params,
    );
    const [created]: (NamedSubscriberView & { owner_path: string })[] = await conflictOnDuplicate(
      () =>
        preparedQuery(
          this.db,
          `WITH pkg AS (SELECT id, name, validity_days FROM packages WHERE id = $5::int FOR KEY SHARE),
                created AS (
                  INSERT INTO subscribers AS s (username, name, phone, address, package_id, expires_at, owner_id, owner_path)
                  SELECT $1, $2, $3, $4, (SELECT id FROM pkg), coalesce($6::timestamptz, now() + make_interval(days => (SELECT validity_days FROM pkg))), a.id, a.path
                    FROM ${ownersInScope(caller, ownerId, params)} AND ($5::int IS NULL OR EXISTS (SELECT 1 FROM pkg))
                  RETURNING ${SUBSCRIBER_COLUMNS}, (SELECT name FROM pkg) AS "packageName", s.owner_path
                ),
                audited AS (${audit})
           SELECT * FROM created`,
          params,
        ),
      'DUPLICATE_NAME',
      `Username ${dto.username} is already taken`,
    );
    if (!created) {
      const packageId = dto.packageId;
      if (packageId !== undefined) await this.db.transaction((m) => this.packages.find(m, packageId, 'for_key_share')); // its 404 first
      throw operatorNotFound(ownerId);
    }
    const { owner_path: _ownerPath, ...view } = created;
    return view;
  }

  async update(caller: Caller, id: number, dto: UpdateSubscriberDto): Promise<NamedSubscriberView> {
    if (dto.ownerId !== undefined && !this.usage.uses(caller, 'transfer_subscriber')) {
      throw new ApiException('MISSING_PERMISSION', 'Missing permission: transfer_subscriber');
    }
    return this.change(caller, id, 'subscriber.update', async (m, s) => {
      if (dto.name !== undefined) s.name = dto.name.trim();
      if (dto.phone !== undefined) s.phone = dto.phone;
      if (dto.address !== undefined) s.address = dto.address;
      if (dto.ownerId !== undefined && dto.ownerId !== s.ownerId) {
        const owner = await this.ownerInScope(m, caller, dto.ownerId);
        s.ownerId = owner.id;
        s.ownerPath = owner.path;
        // R10 as amended: its money moves with it, in this transaction (the subscriber row is locked FOR UPDATE).
        return { moved: await refileSubscriberRecords(m, s.id, owner) };
      }
    });
  }

  async remove(caller: Caller, id: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const s = await this.findInScope(m, caller, id, true);
      // Money records are kept for the record (the ledger is append-only), so a subscriber with any stays; so does
      // one with tickets, which are deleted one by one (delete_ticket), each audited.
      const [records] = await m.query(
        `SELECT EXISTS (SELECT 1 FROM invoices WHERE subscriber_id = $1) AS invoices,
                EXISTS (SELECT 1 FROM payments WHERE subscriber_id = $1) AS payments,
                EXISTS (SELECT 1 FROM ledger_entries WHERE subscriber_id = $1) AS "ledger entries",
                EXISTS (SELECT 1 FROM tickets WHERE subscriber_id = $1) AS tickets`,
        [id],
      );
      const kept = ['invoices', 'payments', 'ledger entries', 'tickets'].filter((k) => records[k]);
      if (kept.length) throw new ApiException('NOT_ELIGIBLE_TO_DELETE', `Not Eligible To Delete: the subscriber has ${kept.join(' and ')}`);
      await m.delete(Subscriber, id);
      await this.record(m, caller, s, 'subscriber.delete', { before: toSubscriberView(s) });
    });
  }

  suspend(caller: Caller, id: number) {
    return this.change(caller, id, 'subscriber.suspend', async (_, s) => {
      if (s.status === 'suspended') throw new ConflictException('Subscriber is already suspended');
      s.status = 'suspended';
    });
  }

  reconnect(caller: Caller, id: number) {
    return this.change(caller, id, 'subscriber.reconnect', async (_, s) => {
      if (s.status !== 'suspended') throw new ConflictException('Subscriber is not suspended');
      s.status = s.expiresAt && s.expiresAt.getTime() < Date.now() ? 'expired' : 'active';
    });
  }

  changePackage(caller: Caller, id: number, packageId: number) {
    return this.change(caller, id, 'subscriber.package.change', async (m, s) => {
      s.packageId = (await this.packages.find(m, packageId, 'for_key_share')).id;
    });
  }

  /** Adds days from the later of now and the current expiry; an expired subscriber becomes active. */
  extend(caller: Caller, id: number, days: number) {
    return this.change(caller, id, 'subscriber.expiry.extend', async (_, s) => {
      const from = Math.max(Date.now(), s.expiresAt?.getTime() ?? 0);
      s.expiresAt = new Date(from + days * DAY_MS);
      if (s.status === 'expired') s.status = 'active';
    });
  }

  async notes(caller: Caller, id: number) {
    await this.findInScope(this.db.manager, caller, id);
    const notes = await this.db.getRepository(SubscriberNote).find({ where: { subscriberId: id }, order: { id: 'DESC' } });
    return notes.map(({ id: noteId, authorId, authorName, body, createdAt }) => ({ id: noteId, authorId, authorName, body, createdAt }));
  }

  async addNote(caller: Caller, id: number, body: string) {
    const note = await this.db.transaction(async (m) => {
      const s = await this.findInScope(m, caller, id);
      const saved = await m.save(m.create(SubscriberNote, { subscriberId: id, authorId: caller.id, authorName: caller.name, body: body.trim() }));
      await this.record(m, caller, s, 'subscriber.note.add', { noteId: saved.id, body: saved.body });
      return saved;
    });
    return { id: note.id, authorId: note.authorId, authorName: note.authorName, body: note.body, createdAt: note.createdAt };
  }

  /** The audit entries about the subscriber and its money (invoices, payments), themselves filtered by R12 like GET /audit. */
  async activity(caller: Caller, id: number, page: CursorQuery) {
    await this.findInScope(this.db.manager, caller, id);
    return this.audit.list(caller, page, id);
  }

  /**
   * One change to one subscriber: locked, mutated, saved and audited with before/after in one transaction; what
   * `mutate` returns is added to the audit entry's changes.
   */
  private async change(caller: Caller, id: number, action: AuditAction, mutate: (m: EntityManager, s: Subscriber) => Promise<Record<string, unknown> | void>) {
    const saved = await this.db.transaction(async (m) => {
      const s = await this.findInScope(m, caller, id, true);
      const before = toSubscriberView(s);
      const details = await mutate(m, s);
      await m.save(s);
      const after = toSubscriberView(s);
      const changed = (Object.keys(after) as (keyof SubscriberView)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      await this.record(m, caller, s, action, {
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        ...details,
      });
      return s;
    });
    return this.get(caller, saved.id);
  }

  /** Audits a change to `s` where it sits after the change (its owner before it, for a delete). */
  private record(
    m: EntityManager,
    caller: Caller,
    s: Pick<Subscriber, 'id' | 'username' | 'ownerPath'>,
    action: AuditAction,
    changes: Record<string, unknown>,
  ) {
    return writeAudit(m, auditActorOf(caller), { action, targetType: 'subscriber', targetId: s.id, targetLabel: s.username, targetPath: s.ownerPath, changes });
  }

  private scoped(m: EntityManager, caller: Caller) {
    const params: Record<string, unknown> = {};
    return m.createQueryBuilder(Subscriber, 's').where(scopedSql(customerScopeOf(caller), 's', params), params);
  }

  private async findInScope(m: EntityManager, caller: Caller, id: number, lock = false): Promise<Subscriber> {
    const qb = this.scoped(m, caller).andWhere('s.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const found = await qb.getOne();
    if (!found) throw new NotFoundException(`Subscriber ${id} not found`);
    return found;
  }

  /** The operator `ownerId` if it may own the caller's subscribers (ownersInScope), or 404. */
  private async ownerInScope(m: EntityManager, caller: Caller, ownerId: number): Promise<{ id: number; path: string }> {
    const params: unknown[] = [];
    const [row] = await m.query(`SELECT a.id, a.path FROM ${ownersInScope(caller, ownerId, params)}`, params);
    if (!row) throw operatorNotFound(ownerId);
    return row;
  }
}
