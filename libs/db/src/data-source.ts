import { DataSource } from 'typeorm';
import { Account } from './entities/account.entity';
import { AccountPermission } from './entities/account-permission.entity';
import { Branch } from './entities/branch.entity';
import { ModuleSetting } from './entities/module-setting.entity';
import { Role } from './entities/role.entity';
import { RolePermission } from './entities/role-permission.entity';
import { Session } from './entities/session.entity';
import { InitialSchema1763800000000 } from './migrations/1763800000000-initial-schema';
import { CustomerBase1763900000000 } from './migrations/1763900000000-customer-base';
import { LoginAttempts1764000000000 } from './migrations/1764000000000-login-attempts';
import { AuditReach1764000000100 } from './migrations/1764000000100-audit-reach';
import { Accounting1764000000300 } from './migrations/1764000000300-accounting';
import { Reporting1764000000330 } from './migrations/1764000000330-reporting';
import { UnboundedTotals1764000000400 } from './migrations/1764000000400-unbounded-totals';
import { MoneyFollowsSubscriber1764000000410 } from './migrations/1764000000410-money-follows-subscriber';
import { RoleVersions1764000000500 } from './migrations/1764000000500-role-versions';
import { PermissionUsage1764000000510 } from './migrations/1764000000510-permission-usage';
import { ExpiringGrants1764000000520 } from './migrations/1764000000520-expiring-grants';
import { Tickets1764000000530 } from './migrations/1764000000530-tickets';
import { CustomerMessages1764000000540 } from './migrations/1764000000540-customer-messages';
import { SubtreeLevels1764000000550 } from './migrations/1764000000550-subtree-levels';
import { AuditReachCounts1764000000551 } from './migrations/1764000000551-audit-reach-counts';
import { MoneyCounters1764000000560 } from './migrations/1764000000560-money-counters';
import { SubscriberBalanceRoom1764000000570 } from './migrations/1764000000570-subscriber-balance-room';
import { RoleCounts1764000000580 } from './migrations/1764000000580-role-counts';
import { Package } from './entities/package.entity';
import { Subscriber } from './entities/subscriber.entity';
import { SubscriberNote } from './entities/subscriber-note.entity';

export const ENTITIES = [Branch, Account, Role, RolePermission, AccountPermission, ModuleSetting, Session, Package, Subscriber, SubscriberNote];
export const MIGRATIONS = [
  InitialSchema1763800000000,
  CustomerBase1763900000000,
  LoginAttempts1764000000000,
  AuditReach1764000000100,
  Accounting1764000000300,
  Reporting1764000000330,
  UnboundedTotals1764000000400,
  MoneyFollowsSubscriber1764000000410,
  RoleVersions1764000000500,
  PermissionUsage1764000000510,
  ExpiringGrants1764000000520,
  Tickets1764000000530,
  CustomerMessages1764000000540,
  SubtreeLevels1764000000550,
  AuditReachCounts1764000000551,
  MoneyCounters1764000000560,
  SubscriberBalanceRoom1764000000570,
  RoleCounts1764000000580,
];

const DATABASE_CONNECT_TIMEOUT_MS = 5000;

/** Connections of a process's pool unless it asks for another number. */
export const DATABASE_POOL_SIZE = 10;

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    poolSize: options.poolSize ?? DATABASE_POOL_SIZE,
    // Bounds the wait for a new connection or a free one in the pool, so that a database that is down or
    // unreachable fails a request (503) instead of hanging it; keep-alive notices a peer that vanished.
    connectTimeoutMS: DATABASE_CONNECT_TIMEOUT_MS,
    extra: { keepAlive: true },
  });
}
