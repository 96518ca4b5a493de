import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { ApiConfig } from '../config/config';
import { Caller } from './caller';

const HOUR_MS = 3_600_000;
/**
 * At most this many (account, key) pairs are noted per clock hour and instance (about 100 bytes each); past it, a
 * pair not yet noted waits for the next hour. 10,000 operators each exercising 5 keys in one hour fit.
 */
export const USAGE_MAX_PAIRS_PER_HOUR = 50_000;
/** What one tenant (FairShare's) may note of it: a fifth, so that no tenant's staff fills the room every tenant's uses need (R14). */
export const USAGE_MAX_PAIRS_PER_TENANT_HOUR = USAGE_MAX_PAIRS_PER_HOUR / 5;

interface Use {
  accountId: number;
  key: string;
  roleId: number;
  at: Date;
  tenant: string;
}

/**
 * R15: when an account exercises a key, noted in memory and written off the request path. Each instance notes a
 * pair (account, key) once per clock hour, so it writes at most one row update per key per account per hour; the
 * noted uses are flushed every USAGE_FLUSH_MS (5 s by default) and on shutdown as one INSERT … ON CONFLICT that also moves the
 * role's `last_used_at`. A failed flush is logged and forgotten: those pairs are noted again on their next use.
 */
@Injectable()
export class UsageRecorder implements BeforeApplicationShutdown {
  private readonly logger = new Logger(UsageRecorder.name);
  /** The keys noted this clock hour, per account: a hit is a Map and a Set lookup, with no clock read and no allocation. */
  private noted = new Map<number, Set<string>>();
  private notedPairs = 0;
  private notedPerTenant = new Map<string, number>();
  /** The tenants told this hour that their further uses wait ('' for everyone's room). */
  private full = new Set<string>();
  private pending: Use[] = [];
  private readonly timer: NodeJS.Timeout;
  private hourTimer?: NodeJS.Timeout;

  constructor(
    private readonly db: DataSource,
    config: ApiConfig,
  ) {
    this.timer = setInterval(() => void this.flush(), config.USAGE_FLUSH_MS).unref();
    this.startHour();
  }

  /** Notes that `caller` exercised `keys` now; never waits and never throws. */
  record(caller: Caller, keys: readonly PermissionKey[]): void {
    for (const key of keys) this.note(caller, key);
  }

  /** Notes that `caller` exercised `key` now (the guard's one key per request); never waits and never throws. */
  note(caller: Caller, key: PermissionKey): void {
    if (this.noted.get(caller.id)?.has(key) || caller.preview) return; // a preview exercises nobody's keys
    const tenant = caller.tenant;
    const tenantPairs = this.notedPerTenant.get(tenant) ?? 0;
    if (this.notedPairs >= USAGE_MAX_PAIRS_PER_HOUR || tenantPairs >= USAGE_MAX_PAIRS_PER_TENANT_HOUR) {
      const whose = this.notedPairs >= USAGE_MAX_PAIRS_PER_HOUR ? '' : tenant;
      if (!this.full.has(whose)) {
        this.full.add(whose);
        this.logger.warn(
          whose
            ? `usage of tenant ${tenant} past ${USAGE_MAX_PAIRS_PER_TENANT_HOUR} pairs this hour: its further uses wait for the next hour`
            : `usage buffer full (${USAGE_MAX_PAIRS_PER_HOUR} pairs): further uses wait for the next hour`,
        );
      }
      return;
    }
    let noted = this.noted.get(caller.id);
    if (!noted) this.noted.set(caller.id, (noted = new Set()));
    noted.add(key);
    this.notedPairs++;
    this.notedPerTenant.set(tenant, tenantPairs + 1);
    this.pending.push({ accountId: caller.id, key, roleId: caller.roleId, at: new Date(), tenant });
  }

  /** Forgets what was noted when each clock hour begins, so that a pair is noted again in the next. */
  private startHour() {
    this.noted = new Map();
    this.notedPairs = 0;
    this.notedPerTenant = new Map();
    this.full = new Set();
    this.hourTimer = setTimeout(() => this.startHour(), HOUR_MS - (Date.now() % HOUR_MS)).unref();
  }

  /** For a key a service checks in code: whether `caller` holds it, noting the use when it does. */
  uses(caller: Caller, key: PermissionKey): boolean {
    const held = caller.permissions.has(key);
    if (held) this.note(caller, key);
    return held;
  }

  /** Writes what was noted since the last flush (exposed for tests and the benchmark). */
  async flush(): Promise<void> {
    const uses = this.pending;
    if (!uses.length) return;
    this.pending = [];
    try {
      await this.db.query(
        `WITH used AS (
           SELECT u.account_id, u.permission, u.role_id, u.at
             FROM unnest($1::int[], $2::text[], $3::int[], $4::timestamptz[]) AS u(account_id, permission, role_id, at)
            WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.id = u.account_id)
         ), roles_used AS (
           UPDATE roles r SET last_used_at = GREATEST(r.last_used_at, x.at)
             FROM (SELECT role_id, max(at) AS at FROM used GROUP BY role_id) x
            WHERE r.id = x.role_id
         )
         INSERT INTO permission_usage (account_id, permission, last_used_at)
         SELECT account_id, permission, max(at) FROM used GROUP BY account_id, permission
         ON CONFLICT (account_id, permission) DO UPDATE SET last_used_at = GREATEST(permission_usage.last_used_at, EXCLUDED.last_used_at)`,
        [uses.map((u) => u.accountId), uses.map((u) => u.key), uses.map((u) => u.roleId), uses.map((u) => u.at)],
      );
    } catch (e) {
      this.logger.warn(`could not record ${uses.length} permission uses: ${(e as Error).message}`);
      for (const u of uses) {
        if (!this.noted.get(u.accountId)?.delete(u.key)) continue;
        this.notedPairs--;
        this.notedPerTenant.set(u.tenant, this.notedPerTenant.get(u.tenant)! - 1);
      }
    }
  }

  async beforeApplicationShutdown() {
    clearInterval(this.timer);
    clearTimeout(this.hourTimer);
    await this.flush();
  }
}
