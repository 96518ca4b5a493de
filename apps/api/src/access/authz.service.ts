import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AUTHZ_CHANGED_CHANNEL, AUTHZ_FLUSHED_CHANNEL, effectivePermissions, isStaffType, ModuleKey, PermissionKey } from '@tiergate/access';
import { AccessRow, loadAccessRow, loadDisabledModules } from '@tiergate/db';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../redis/redis.module';
import { Caller } from './caller';

type Account = Omit<AccessRow, 'rolePermissions' | 'grants' | 'revokes'>;
interface Access {
  account: Account;
  principal: Account;
  permissions: ReadonlySet<PermissionKey>;
}
/** How long a change waits for the other instances to confirm; one that does not answer is not listening. */
const CONFIRM_TIMEOUT_MS = 500;

interface SessionState {
  accountId: number;
  revoked: boolean;
  expiresAt: number;
}

/**
 * DESIGN §6: authorization is an in-memory lookup per request. Each instance caches accounts' effective
 * permissions and session states; any change publishes on Redis and every instance drops its cache
 * (R9). While this instance is not subscribed (Redis down), it cannot hear changes, so it does not cache.
 */
@Injectable()
export class AuthzService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(AuthzService.name);
  private readonly subscriber: Redis;
  private listening = false;
  private access = new Map<number, Promise<Access>>();
  private sessions = new Map<string, Promise<SessionState | null>>();
  private disabledModuleSet: Promise<ReadonlySet<ModuleKey>> | null = null;
  private readonly pending = new Map<string, { expected: number; confirmed: number; done: () => void }>();

  constructor(
    private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.subscriber = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, connectionName: 'authz-subscriber' });
    this.subscriber.on('error', () => this.stopListening());
    this.subscriber.on('close', () => this.stopListening());
    this.subscriber.on('message', (channel: string, id: string) => this.heard(channel, id));
    this.subscriber.on('ready', () => {
      this.subscriber.subscribe(AUTHZ_CHANGED_CHANNEL, AUTHZ_FLUSHED_CHANNEL).then(
        () => {
          this.flush();
          this.listening = true;
        },
        (e) => this.logger.warn(`cannot subscribe: ${e.message}`),
      );
    });
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
  }

  onApplicationShutdown() {
    this.subscriber.disconnect();
  }

  /** Resolves the verified token to the caller, or 401 when its session ended or its account is disabled. */
  async callerFor(token: { accountId: number; sessionId: string }, ip: string | null, userAgent: string | null): Promise<Caller> {
    const session = await this.cached(this.sessions, token.sessionId, () => this.loadSession(token.sessionId));
    if (!session || session.revoked || session.expiresAt < Date.now() || session.accountId !== token.accountId) {
      throw new UnauthorizedException('Session has ended; sign in again');
    }
    const { account, principal, permissions } = await this.accessOf(token.accountId);
    if (account.status !== 'active') throw new UnauthorizedException('Account is disabled');
    if (principal.status !== 'active') throw new UnauthorizedException('Account is disabled');
    const { status: _s, path: _p, ...rest } = account;
    return {
      ...rest,
      principalType: principal.type,
      principalPath: principal.path,
      permissions,
      sessionId: token.sessionId,
      ip,
      userAgent,
    };
  }

  /** Effective permissions of any account (the staff ceiling included), through the cache. */
  async accessOf(accountId: number): Promise<Access> {
    return this.cached(this.access, accountId, () => this.loadAccess(accountId));
  }

  /**
   * Call after the transaction that changed roles, grants, accounts, sessions or modules has committed.
   * Resolves once every listening instance has confirmed it dropped its cache, so the caller's response
   * (and anyone's next request, anywhere) comes after the change took effect.
   */
  async changed(): Promise<void> {
    this.flush();
    const id = randomUUID();
    const confirmed = new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.pending.delete(id) && resolve(), CONFIRM_TIMEOUT_MS);
      this.pending.set(id, { expected: Infinity, confirmed: 0, done: () => (clearTimeout(timer), resolve()) });
    });
    try {
      const receivers = await this.redis.publish(AUTHZ_CHANGED_CHANNEL, id);
      this.confirm(id, 0, receivers);
      await confirmed;
    } catch (e) {
      // Peers cannot be listening either while Redis is unreachable, so none of them caches.
      this.pending.delete(id);
      this.logger.warn(`could not announce an authorization change: ${(e as Error).message}`);
    }
  }

  private heard(channel: string, id: string) {
    if (channel === AUTHZ_FLUSHED_CHANNEL) return this.confirm(id, 1);
    this.flush();
    this.redis.publish(AUTHZ_FLUSHED_CHANNEL, id).catch(() => undefined);
  }

  private confirm(id: string, count: number, expected?: number) {
    const entry = this.pending.get(id);
    if (!entry) return;
    entry.confirmed += count;
    if (expected !== undefined) entry.expected = expected;
    if (entry.confirmed >= entry.expected) {
      this.pending.delete(id);
      entry.done();
    }
  }

  private flush() {
    this.access = new Map();
    this.sessions = new Map();
    this.disabledModuleSet = null;
  }

  private stopListening() {
    this.listening = false;
    this.flush();
  }

  private cached<K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    if (!this.listening) return load();
    let hit = map.get(key);
    if (!hit) {
      hit = load();
      map.set(key, hit);
      hit.catch(() => map.delete(key));
    }
    return hit;
  }

  private async loadSession(id: string): Promise<SessionState | null> {
    const [row] = await this.db.query(`SELECT account_id, revoked_at, expires_at FROM sessions WHERE id = $1`, [id]);
    return row ? { accountId: row.account_id, revoked: row.revoked_at !== null, expiresAt: new Date(row.expires_at).getTime() } : null;
  }

  private async loadAccess(accountId: number): Promise<Access> {
    const row = await loadAccessRow(this.db, accountId);
    if (!row) throw new UnauthorizedException('Account no longer exists');
    const { rolePermissions, grants, revokes, ...account } = row;
    const principal = isStaffType(account.type) ? await this.accessOf(account.principalId) : null;
    const permissions = effectivePermissions({
      type: account.type,
      rolePermissions,
      grants,
      revokes,
      principalPermissions: principal?.permissions,
      disabledModules: await this.disabledModules(),
    });
    return { account, principal: principal?.account ?? account, permissions };
  }

  /** Modules switched off globally, through the cache. */
  disabledModules(): Promise<ReadonlySet<ModuleKey>> {
    if (!this.listening) return loadDisabledModules(this.db);
    return (this.disabledModuleSet ??= loadDisabledModules(this.db));
  }
}
