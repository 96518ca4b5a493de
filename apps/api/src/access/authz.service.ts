import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  AuthzChange,
  authzChangedChannel,
  authzFlushedChannel,
  authzInstancesKey,
  decodeAuthzChange,
  effectivePermissions,
  encodeAuthzChange,
  EVERY_AUTHZ_ENTRY,
  isStaffType,
  ModuleKey,
  PermissionKey,
} from '@tiergate/access';
import { AccessRow, loadAccessRow, loadDisabledModules, preparedQuery } from '@tiergate/db';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { ApiConfig } from '../config/config';
import { REDIS } from '../redis/redis.module';
import { Caller } from './caller';
import { tenantOf } from './fair-share';
import { HEARTBEAT_MS, INSTANCE_TTL_MS, LiveInstances } from './live-instances';
import { ApiException } from '../common/api.exception';
import { AccessTokenVerifier, TokenClaims } from '../auth/access-token';

type Account = Omit<AccessRow, 'rolePermissions' | 'grants' | 'revokes' | 'grantsValidUntil'>;
interface Access {
  account: Account;
  principal: Account;
  permissions: ReadonlySet<PermissionKey>;
  /**
   * R15: the cache's own clock. The first moment (ms) at which a grant of the account or of its principal (the
   * staff ceiling) expires; from then on the entry is loaded again, with no request, write or publish needed.
   */
  validUntil: number;
}
/** How long a change waits for the other live instances to confirm; one that does not answer is not listening. */
const CONFIRM_TIMEOUT_MS = 500;

/** What a change waited for: the other live API instances, and those of them that confirmed in time. */
export interface ChangeConfirmations {
  awaited: string[];
  confirmed: string[];
}

interface PendingChange {
  /** Unknown until Redis answered the publish; confirmations may arrive before that. */
  awaited?: string[];
  confirmed: Set<string>;
  settle: () => void;
}

interface SessionState {
  accountId: number;
  revoked: boolean;
  expiresAt: number;
}

/** AuthzService.cachedBasis: compared by identity, never read. */
export interface AccessBasis {
  readonly session: object;
  readonly access: object;
}

/** A cached load: the promise while it runs (shared by concurrent misses), and its value once it resolved. */
interface CacheEntry<V> {
  load: Promise<V>;
  value?: V;
  /** Sessions only: the caller last built on this session, from `access`, for a cache hit to return as it is. */
  caller?: { access: Access; caller: Caller };
}

interface RoleName {
  name: string;
  displayName: string;
}

/**
 * DESIGN §6: authorization is an in-memory lookup per request. Each instance caches accounts' effective
 * permissions and session states; any change publishes on Redis and every live instance drops its cache
 * before the change's response is sent (R9).
 *
 * An instance caches only while it is subscribed to the change channel AND its registration among the
 * live instances is fresh (it renews it every HEARTBEAT_MS): a change waits for exactly the instances
 * that may hold a cache. While Redis is down it hears nothing, so it does not cache.
 */
@Injectable()
export class AuthzService implements OnModuleInit, BeforeApplicationShutdown {
  /** Names this instance in the registry and in its confirmations. */
  readonly instanceId = randomUUID();
  private readonly logger = new Logger(AuthzService.name);
  private readonly subscriber: Redis;
  private readonly instances: LiveInstances;
  private readonly changedChannel: string;
  private readonly flushedChannel: string;
  private subscribed = false;
  /** The cache is used until then: the time this instance's registration may lapse (0: not listening). */
  private cachingUntil = 0;
  private joining: Promise<void> = Promise.resolve();
  private readonly heartbeat: NodeJS.Timeout;
  private access = new Map<number, CacheEntry<Access>>();
  private sessions = new Map<string, CacheEntry<SessionState | null>>();
  private roleNames = new Map<number, CacheEntry<RoleName>>();
  private disabledModuleSet: Promise<ReadonlySet<ModuleKey>> | null = null;
  private readonly pending = new Map<string, PendingChange>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    config: ApiConfig,
    /** Verifies the token whose caller callerFor and cachedCaller give (the guard's first step). */
    readonly tokens: AccessTokenVerifier,
  ) {
    this.changedChannel = authzChangedChannel(config.QUEUE_PREFIX);
    this.flushedChannel = authzFlushedChannel(config.QUEUE_PREFIX);
    this.instances = new LiveInstances(redis, authzInstancesKey(config.QUEUE_PREFIX));
    this.subscriber = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, connectionName: 'authz-subscriber' });
    this.subscriber.on('error', () => this.stopListening());
    this.subscriber.on('close', () => this.stopListening());
    this.subscriber.on('message', (channel: string, message: string) => this.heard(channel, message));
    this.subscriber.on('ready', () => (this.joining = this.join()));
    // Registering needs the command connection too: whichever of the two is ready last registers.
    redis.on('ready', () => this.subscribed && this.register());
    this.heartbeat = setInterval(() => this.subscribed && this.register(), HEARTBEAT_MS).unref();
  }

  async onModuleInit() {
    await new Promise<void>((resolve) => {
      if (this.subscriber.status === 'ready') return resolve();
      const timer = setTimeout(resolve, 2000);
      this.subscriber.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    await this.joining;
  }

  async beforeApplicationShutdown() {
    clearInterval(this.heartbeat);
    this.subscriber.disconnect();
    await this.instances.deregister(this.instanceId).catch(() => undefined);
  }

  /**
   * The hot path: the caller of a verified token when its session and account are cached and still good, and the
   * caller built from them last time had the same address and user agent; synchronous, no promise. Anything else
   * (undefined) goes through callerFor, which loads, refuses or rebuilds.
   */
  cachedCaller(token: TokenClaims, ip: string | null, userAgent: string | null): Caller | undefined {
    const now = token.verifiedAt;
    if (now >= this.cachingUntil) return undefined;
    const session = this.sessions.get(token.sessionId);
    if (!session?.caller || !session.value) return undefined;
    const { caller, access } = session.caller;
    if (access !== this.access.get(token.accountId)?.value || caller.id !== token.accountId || caller.ip !== ip || caller.userAgent !== userAgent) {
      return undefined;
    }
    // The session's own end and a grant's expiry (R15) are checked as on a miss.
    return access.validUntil > now && session.value.expiresAt >= now ? caller : undefined;
  }

  /**
   * What a caller on this session is built from, while it is cached and still good: the same two objects until
   * something of it changes (a change drops them, a grant's or the session's end makes them no longer good).
   * Synchronous: the event streams look at it after every change of anyone's access, most of which are not theirs.
   */
  cachedBasis(accountId: number, sessionId: string): AccessBasis | undefined {
    const now = Date.now();
    if (now >= this.cachingUntil) return undefined;
    const session = this.sessions.get(sessionId)?.value;
    const access = this.access.get(accountId)?.value;
    if (!session || !access || session.expiresAt < now || access.validUntil <= now) return undefined;
    return { session, access };
  }

  /** Resolves the verified token to the caller, or 401 when its session ended or its account is disabled. */
  async callerFor(token: TokenClaims, ip: string | null, userAgent: string | null): Promise<Caller> {
    const sessionEntry = this.cached(this.sessions, token.sessionId, () => this.loadSession(token.sessionId));
    const session = await sessionEntry.load;
    if (!session || session.revoked || session.expiresAt < Date.now() || session.accountId !== token.accountId) {
      throw new ApiException('SESSION_ENDED', 'Session has ended; sign in again');
    }
    const access = await this.accessOf(token.accountId);
    const { account, principal, permissions } = access;
    // R9: the account, its principal or an operator above it disabled (cached with the account).
    if (account.disabledOnPath) throw new ApiException('ACCOUNT_DISABLED', 'Account is disabled');
    const { status: _s, disabledOnPath: _d, path: _p, ...rest } = account;
    const caller: Caller = {
      ...rest,
      principalType: principal.type,
      principalPath: principal.path,
      tenant: tenantOf(principal.path),
      permissions,
      sessionId: token.sessionId,
      ip,
      userAgent,
    };
    sessionEntry.caller = { access, caller };
    return caller;
  }

  /** Effective permissions of any account (the staff ceiling included), through the cache. */
  async accessOf(accountId: number): Promise<Access> {
    const hit = this.cached(this.access, accountId, () => this.loadAccess(accountId));
    const access = await hit.load;
    if (access.validUntil > Date.now()) return access;
    // A grant expired since it was cached (R15): load afresh, once (the database's clock decides what still counts).
    if (this.access.get(accountId) === hit) this.access.delete(accountId);
    return this.cached(this.access, accountId, () => this.loadAccess(accountId)).load;
  }

  /** A role's name and display name (GET /me), through the cache; a rename announces itself like any change. */
  async roleName(roleId: number): Promise<RoleName> {
    return this.cached(this.roleNames, roleId, async () => {
      const [role] = await this.db.query(`SELECT name, display_name FROM roles WHERE id = $1`, [roleId]);
      if (!role) throw new Error(`Role ${roleId} not found`);
      return { name: role.name, displayName: role.display_name };
    }).load;
  }

  /**
   * Calls `listener` whenever this instance drops its cache because authorization changed, here or on another
   * instance (the events stream recomputes what its subscribers see). Returns the unsubscribe function.
   */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Call after the transaction that changed roles, grants, accounts, sessions or modules has committed, naming what
   * it touched (everything when not said). Resolves once every other live instance has confirmed it dropped those
   * entries (or after CONFIRM_TIMEOUT_MS), so the caller's response (and anyone's next request, anywhere) comes after
   * the change took effect. Listeners on the channel that are not live API instances are not waited for.
   */
  async changed(change: AuthzChange = EVERY_AUTHZ_ENTRY): Promise<ChangeConfirmations> {
    this.drop(change);
    this.tellListeners();
    const changeId = randomUUID();
    const entry: PendingChange = { confirmed: new Set(), settle: () => undefined };
    const settled = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, CONFIRM_TIMEOUT_MS);
      entry.settle = () => (clearTimeout(timer), resolve());
    });
    this.pending.set(changeId, entry);
    try {
      const live = await this.instances.publish(this.changedChannel, encodeAuthzChange(changeId, change));
      entry.awaited = live.filter((id) => id !== this.instanceId);
      this.checkSettled(entry);
      await settled;
      return { awaited: entry.awaited, confirmed: entry.awaited.filter((id) => entry.confirmed.has(id)) };
    } catch (e) {
      // Nobody hears this change: each instance stops caching when its subscriber drops or its next
      // heartbeat fails (within HEARTBEAT_MS), so stale access is bounded while Redis is unreachable.
      this.logger.warn(`could not announce an authorization change: ${(e as Error).message}`);
      return { awaited: [], confirmed: [] };
    } finally {
      entry.settle();
      this.pending.delete(changeId);
    }
  }

  private heard(channel: string, message: string) {
    if (channel === this.flushedChannel) {
      const [changeId, instanceId] = message.split(' ');
      const entry = this.pending.get(changeId);
      if (entry && instanceId) {
        entry.confirmed.add(instanceId);
        this.checkSettled(entry);
      }
      return;
    }
    const { changeId, change } = decodeAuthzChange(message);
    if (this.pending.has(changeId)) return; // this instance's own change: it dropped its entries before publishing
    this.drop(change);
    this.tellListeners();
    this.redis.publish(this.flushedChannel, `${changeId} ${this.instanceId}`).catch(() => undefined);
  }

  private tellListeners() {
    for (const listener of this.listeners) listener();
  }

  private checkSettled(entry: PendingChange) {
    if (entry.awaited?.every((id) => entry.confirmed.has(id))) entry.settle();
  }

  /** Subscribes, then registers: the cache is used only once both are done. */
  private async join() {
    try {
      await this.subscriber.subscribe(this.changedChannel, this.flushedChannel);
      this.subscribed = true;
      if (this.redis.status === 'ready') await this.register();
    } catch (e) {
      this.logger.warn(`cannot listen for authorization changes: ${(e as Error).message}`);
    }
  }

  private async register() {
    const sentAt = Date.now();
    try {
      await this.instances.register(this.instanceId);
    } catch (e) {
      // Redis stalls or is gone: changes may not reach this instance, so it stops caching at once.
      if (this.cachingUntil) this.logger.warn(`stopped caching authorization: ${(e as Error).message}`);
      this.cachingUntil = 0;
      return;
    }
    if (!this.subscribed) return;
    // After a lapse, changes may not have waited for this instance: start from an empty cache.
    if (Date.now() >= this.cachingUntil) this.flush();
    this.cachingUntil = sentAt + INSTANCE_TTL_MS;
  }

  private flush() {
    this.access = new Map();
    this.sessions = new Map();
    this.roleNames = new Map();
    this.disabledModuleSet = null;
  }

  /**
   * Drops the entries a change touched. An entry still loading may have read the rows before the change committed,
   * and what it holds is not known yet: it is dropped too.
   */
  private drop(change: AuthzChange) {
    if (change.everything) return this.flush();
    if (change.modules) {
      this.access = new Map();
      this.disabledModuleSet = null;
    }
    if (change.accounts || change.subtrees || change.roles) this.dropWhere(this.access, (a: Access) => touches(change, a));
    for (const roleId of change.roles ?? []) this.roleNames.delete(roleId);
    const sessionsOf = change.sessionsOf;
    if (sessionsOf) this.dropWhere(this.sessions, (s: SessionState | null) => s === null || sessionsOf.includes(s.accountId));
  }

  private dropWhere<K, V>(map: Map<K, CacheEntry<V>>, touched: (value: V) => boolean) {
    for (const [key, entry] of map) {
      if (!('value' in entry) || touched(entry.value as V)) map.delete(key);
    }
  }

  private stopListening() {
    if (this.subscribed) this.instances.deregister(this.instanceId).catch(() => undefined);
    this.subscribed = false;
    this.cachingUntil = 0;
    this.flush();
  }

  private caching(): boolean {
    return Date.now() < this.cachingUntil;
  }

  private cached<K, V>(map: Map<K, CacheEntry<V>>, key: K, load: () => Promise<V>): CacheEntry<V> {
    if (!this.caching()) return { load: load() };
    let hit = map.get(key);
    if (!hit) {
      const entry: CacheEntry<V> = { load: load() };
      entry.load.then(
        (value) => (entry.value = value),
        () => map.get(key) === entry && map.delete(key),
      );
      map.set(key, entry);
      hit = entry;
    }
    return hit;
  }

  private async loadSession(id: string): Promise<SessionState | null> {
    const [row] = await preparedQuery<{ account_id: number; revoked_at: Date | null; expires_at: Date }[]>(
      this.db,
      `SELECT account_id, revoked_at, expires_at FROM sessions WHERE id = $1`,
      [id],
    );
    return row ? { accountId: row.account_id, revoked: row.revoked_at !== null, expiresAt: new Date(row.expires_at).getTime() } : null;
  }

  private async loadAccess(accountId: number): Promise<Access> {
    const row = await loadAccessRow(this.db, accountId);
    if (!row) throw new ApiException('SESSION_ENDED', 'Account no longer exists');
    const { rolePermissions, grants, revokes, grantsValidUntil, ...account } = row;
    const principal = isStaffType(account.type) ? await this.accessOf(account.principalId) : null;
    const permissions = effectivePermissions({
      type: account.type,
      rolePermissions,
      grants,
      revokes,
      principalPermissions: principal?.permissions,
      disabledModules: await this.disabledModules(),
    });
    const validUntil = Math.min(grantsValidUntil ?? Infinity, principal?.validUntil ?? Infinity);
    return { account, principal: principal?.account ?? account, permissions, validUntil };
  }

  /** Modules switched off globally, through the cache. */
  disabledModules(): Promise<ReadonlySet<ModuleKey>> {
    if (!this.caching()) return loadDisabledModules(this.db);
    return (this.disabledModuleSet ??= loadDisabledModules(this.db));
  }
}

/** Whether a cached account's access depends on what the change touched (DESIGN §3: a staff account's on its principal's). */
function touches(change: AuthzChange, { account, principal }: Access): boolean {
  const ids = [account.id, principal.id];
  return (
    ids.some((id) => change.accounts?.includes(id)) ||
    [account.roleId, principal.roleId].some((id) => change.roles?.includes(id)) ||
    (change.subtrees?.some((id) => account.path.includes(`/${id}/`)) ?? false)
  );
}
