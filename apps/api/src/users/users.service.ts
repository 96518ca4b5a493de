import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  AuthzChange,
  ACCOUNT_TYPE_NAMES,
  AccountType,
  explainPermissions,
  GRANT_EXPIRY_MAX_DAYS,
  isAllowedForType,
  isStaffType,
  mayParentType,
  unknownPermissionKeys,
} from '@tiergate/access';
import { accountTarget, GRANT_COUNTS_SQL, preparedQuery, writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { AuthzService } from '../access/authz.service';
import { auditActorOf, Caller } from '../access/caller';
import { accountScopeSql, assertHeld, hasDirectScope } from '../access/scope';
import { hashPassword } from '../auth/passwords';
import { isoMomentSql } from '../common/moments';
import { containsPattern } from '../common/contains-pattern';
import { DEFAULT_PAGE_LIMIT } from '../common/page-limit';
import { conflictOnDuplicate } from '../common/unique-violation';
import { RolesService } from '../roles/roles.service';
import { AccountRow, AccountView, toAccountView } from './account.view';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { SetUserPermissionsDto } from './dto/set-user-permissions.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { ApiException } from '../common/api.exception';
import { GrantExpiryQueue } from './grant-expiry.queue';

const ACCOUNT_SELECT = `
  SELECT a.id, a.name, a.email, a.phone, a.type, a.parent_id, a.principal_id, a.path, a.status, a.scope, a.role_id,
         r.name AS role_name, a.balance, a.created_at,
         ARRAY(SELECT permission FROM account_permissions p WHERE p.account_id = a.id AND p.effect = 'grant' AND ${GRANT_COUNTS_SQL} ORDER BY permission) AS grants,
         ARRAY(SELECT permission FROM account_permissions p WHERE p.account_id = a.id AND p.effect = 'revoke' ORDER BY permission) AS revokes,
         (SELECT COALESCE(jsonb_object_agg(permission, ${isoMomentSql('expires_at')} ORDER BY permission), '{}') FROM account_permissions p
           WHERE p.account_id = a.id AND p.expires_at > now()) AS grant_expiry
    FROM accounts a JOIN roles r ON r.id = a.role_id`;

const typeName = (type: AccountType) => ACCOUNT_TYPE_NAMES[type];
const NO_SUBTREE_FROM_DIRECT = 'A manager with direct scope cannot give an account subtree scope';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly authz: AuthzService,
    private readonly roles: RolesService,
    private readonly grantExpiry: GrantExpiryQueue,
  ) {}

  async list(caller: Caller, query: ListUsersQuery): Promise<{ items: AccountView[]; total: number }> {
    const params: unknown[] = [];
    const where = [accountScopeSql(caller, 'a', params)];
    for (const [column, value] of [
      ['type', query.type],
      ['parent_id', query.parentId],
      ['status', query.status],
    ] as const) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`a.${column} = $${params.length}`);
    }
    if (query.q) {
      params.push(containsPattern(query.q));
      where.push(`(a.name ILIKE $${params.length} OR a.email ILIKE $${params.length} OR a.phone ILIKE $${params.length})`);
    }
    const pageSize = query.pageSize ?? DEFAULT_PAGE_LIMIT;
    const offset = ((query.page ?? 1) - 1) * pageSize;
    // The total rides on the page's rows (an InitPlan, run once): one round trip; a page past the end counts on its own.
    const count = `SELECT count(*)::int AS total FROM accounts a WHERE ${where.join(' AND ')}`;
    const rows: (AccountRow & { total: number })[] = await this.db.query(
      `SELECT page.*, (${count}) AS total
         FROM (${ACCOUNT_SELECT} WHERE ${where.join(' AND ')} ORDER BY a.id LIMIT ${pageSize} OFFSET ${offset}) page ORDER BY page.id`,
      params,
    );
    const total = rows.length ? rows[0].total : offset ? (await this.db.query(count, params))[0].total : 0;
    return { items: rows.map(toAccountView), total };
  }

  async get(caller: Caller, id: number): Promise<AccountView> {
    return toAccountView(await this.findManaged(this.db.manager, caller, id));
  }

  async create(caller: Caller, dto: CreateUserDto): Promise<AccountView> {
    if (!isStaffType(dto.type) && dto.scope) throw new BadRequestException('scope applies to staff accounts only');
    const email = dto.email.trim().toLowerCase();
    const passwordHash = await hashPassword(dto.password);
    const id = await conflictOnDuplicate(
      () =>
        this.db.transaction(async (m) => {
          const parent = await this.findParent(m, caller, dto.parentId ?? caller.principalId);
          if (!mayParentType(parent.type, dto.type)) {
            throw new ForbiddenException(`A ${typeName(dto.type)} account cannot be created under a ${typeName(parent.type)}`);
          }
          this.assertNoWiderReach(caller, parent.id, dto.type, dto.scope);
          const role = await this.assignableRole(m, caller, dto.roleId, dto.type);
          const [{ id }] = await m.query(
            `INSERT INTO accounts (branch_id, type, name, email, phone, password_hash, parent_id, path, role_id, scope, balance)
             VALUES ($1, $2, $3, $4, $5, $6, $7, '', $8, $9, $10) RETURNING id`,
            [
              caller.branchId,
              dto.type,
              dto.name.trim(),
              email,
              dto.phone ?? null,
              passwordHash,
              parent.id,
              role.id,
              dto.scope ?? 'direct',
              isStaffType(dto.type) ? null : 0,
            ],
          );
          await m.query(`UPDATE accounts SET path = $2, principal_id = $3 WHERE id = $1`, [id, `${parent.path}${id}/`, isStaffType(dto.type) ? parent.id : id]);
          await writeAudit(m, auditActorOf(caller), {
            action: 'user.create',
            ...accountTarget({ id, email, path: `${parent.path}${id}/` }),
            changes: {
              after: {
                name: dto.name.trim(),
                email,
                phone: dto.phone ?? null,
                type: dto.type,
                parentId: parent.id,
                roleId: role.id,
                scope: dto.scope ?? 'direct',
              },
            },
          });
          return id as number;
        }),
      'DUPLICATE_EMAIL',
      `Email ${email} is already in use`,
    );
    return this.get(caller, id);
  }

  async update(caller: Caller, id: number, dto: UpdateUserDto): Promise<AccountView> {
    const authzChange = await this.db.transaction(async (m): Promise<AuthzChange | null> => {
      const target = await this.findManaged(m, caller, id, true);
      if ((dto.status !== undefined || dto.scope !== undefined) && target.id === caller.id) {
        throw new ForbiddenException('You cannot change your own status or scope');
      }
      if (dto.scope !== undefined && !isStaffType(target.type)) throw new BadRequestException('scope applies to staff accounts only');
      if (dto.scope === 'subtree' && hasDirectScope(caller)) throw new ForbiddenException(NO_SUBTREE_FROM_DIRECT);
      const fields = { name: dto.name?.trim(), phone: dto.phone, status: dto.status, scope: dto.scope };
      const changed = Object.entries(fields).filter(([k, v]) => v !== undefined && v !== target[k as keyof AccountRow]);
      if (!changed.length) return null;
      const sets = changed.map(([k], i) => `${k} = $${i + 2}`).join(', ');
      await m.query(`UPDATE accounts SET ${sets} WHERE id = $1`, [id, ...changed.map(([, v]) => v)]);
      await writeAudit(m, auditActorOf(caller), {
        action: 'user.update',
        ...accountTarget(target),
        changes: {
          before: Object.fromEntries(changed.map(([k]) => [k, target[k as keyof AccountRow]])),
          after: Object.fromEntries(changed),
        },
      });
      // R9: a status reaches every account below; the other fields only the account (and its staff's view of it).
      return changed.some(([k]) => k === 'status') ? { subtrees: [id] } : { accounts: [id] };
    });
    // Every field here is cached with the account (status and scope decide access, name and phone are its caller).
    if (authzChange) await this.authz.changed(authzChange);
    return this.get(caller, id);
  }

  async setRole(caller: Caller, id: number, roleId: number): Promise<AccountView> {
    await this.db.transaction(async (m) => {
      const target = await this.findManaged(m, caller, id, true);
      if (target.id === caller.id) throw new ForbiddenException('You cannot change your own role');
      const role = await this.assignableRole(m, caller, roleId, target.type);
      await m.query(`UPDATE accounts SET role_id = $2 WHERE id = $1`, [id, role.id]);
      await writeAudit(m, auditActorOf(caller), {
        action: 'user.role.update',
        ...accountTarget(target),
        changes: { before: { roleId: target.role_id, role: target.role_name }, after: { roleId: role.id, role: role.name } },
      });
    });
    await this.authz.changed({ accounts: [id] });
    return this.get(caller, id);
  }

  /**
   * Grants add to the role, revokes remove from it (DESIGN §3); new grants must be held by the caller (R6). A grant
   * may expire (R15): a later expiry than the current one is a new grant too, for R6.
   */
  async setPermissions(caller: Caller, id: number, dto: SetUserPermissionsDto): Promise<AccountView> {
    const expiry = grantExpiries(dto.grants);
    const grants = [...expiry.keys()];
    const unknown = unknownPermissionKeys([...grants, ...dto.revokes]);
    if (unknown.length) throw new BadRequestException(`Unknown permission keys: ${unknown.join(', ')}`);
    const revokes = [...new Set(dto.revokes)];
    const both = grants.filter((k) => revokes.includes(k));
    if (both.length) throw new BadRequestException(`A key cannot be both granted and revoked: ${both.join(', ')}`);
    await this.db.transaction(async (m) => {
      const target = await this.findManaged(m, caller, id, true);
      if (target.id === caller.id) throw new ForbiddenException('You cannot change your own permissions');
      const notAllowed = grants.filter((k) => !isAllowedForType(k as never, target.type));
      if (notAllowed.length) throw new ApiException('NOT_ALLOWED_FOR_TYPE', `Not allowed for account type ${typeName(target.type)}: ${notAllowed.join(', ')}`);
      assertHeld(
        caller,
        grants.filter((k) => !target.grants.includes(k) || lastsLonger(expiry.get(k) ?? null, target.grant_expiry[k])),
      );
      const after = Object.fromEntries([...expiry].filter(([, at]) => at).map(([k, at]) => [k, at!.toISOString()]));
      // The new grants and revokes and the entry in one statement: the keys left out go, the others are set.
      await writeAudit(
        m,
        auditActorOf(caller),
        {
          action: 'user.permissions.update',
          ...accountTarget(target),
          changes: {
            before: { grants: target.grants, revokes: target.revokes, ...expiryChange(target.grant_expiry) },
            after: { grants: [...grants].sort(), revokes: [...revokes].sort(), ...expiryChange(after) },
          },
        },
        {
          ctes: [
            `gone AS (DELETE FROM account_permissions WHERE account_id = $1 AND permission <> ALL($2::text[] || $4::text[]))`,
            `kept AS (INSERT INTO account_permissions AS p (account_id, permission, effect, expires_at)
                      SELECT $1::int, g, 'grant', e FROM unnest($2::text[], $3::timestamptz[]) AS x(g, e)
                      UNION ALL SELECT $1::int, r, 'revoke', NULL FROM unnest($4::text[]) r
                      ON CONFLICT (account_id, permission) DO UPDATE SET effect = excluded.effect, expires_at = excluded.expires_at)`,
          ],
          params: [id, grants, grants.map((k) => expiry.get(k)?.toISOString() ?? null), revokes],
        },
      );
    });
    await this.authz.changed({ accounts: [id] });
    await this.grantExpiry.enqueue(
      id,
      [...expiry.values()].filter((at) => at !== null),
    );
    return this.get(caller, id);
  }

  async remove(caller: Caller, id: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const target = await this.findManaged(m, caller, id, true);
      if (target.id === caller.id) throw new ForbiddenException('You cannot delete your own account');
      const [owns] = await m.query(
        `SELECT EXISTS (SELECT 1 FROM subscribers WHERE owner_id = $1) AS subscribers,
                EXISTS (SELECT 1 FROM accounts WHERE parent_id = $1) AS accounts,
                EXISTS (SELECT 1 FROM roles WHERE owner_id = $1) AS roles,
                EXISTS (SELECT 1 FROM invoices WHERE owner_id = $1) AS invoices,
                EXISTS (SELECT 1 FROM payments WHERE owner_id = $1) AS payments,
                EXISTS (SELECT 1 FROM ledger_entries WHERE owner_id = $1) AS "ledger entries"`,
        [id],
      );
      const owned = ['subscribers', 'accounts', 'roles', 'invoices', 'payments', 'ledger entries'].filter((k) => owns[k]);
      if (owned.length) throw new ApiException('NOT_ELIGIBLE_TO_DELETE', `Not Eligible To Delete: the account still owns ${owned.join(' and ')}`);
      await m.query(`DELETE FROM accounts WHERE id = $1`, [id]);
      await writeAudit(m, auditActorOf(caller), {
        action: 'user.delete',
        ...accountTarget(target),
        changes: { before: toAccountView(target) },
      });
    });
    await this.authz.changed({ accounts: [id], sessionsOf: [id] });
  }

  /** Every key with whether it is granted and why (DESIGN §3 step by step). */
  async effective(caller: Caller, id: number) {
    const target = await this.findManaged(this.db.manager, caller, id);
    const principal = isStaffType(target.type) ? await this.authz.accessOf(target.principal_id) : null;
    const explain = explainPermissions({
      type: target.type,
      rolePermissions: await this.roles.permissionsOf(this.db.manager, target.role_id),
      grants: target.grants,
      revokes: target.revokes,
      principalPermissions: principal?.permissions,
      disabledModules: await this.authz.disabledModules(),
    });
    return {
      permissions: [...explain].filter(([, e]) => e.granted).map(([key]) => key),
      explain: Object.fromEntries([...explain].map(([key, { reason }]) => [key, reason])),
      // R15: when a key that only the account's own grant gives stops counting.
      expiresAt: Object.fromEntries(Object.entries(target.grant_expiry).filter(([key]) => explain.get(key as never)?.reason === 'granted to the account')),
    };
  }

  /** R11: an account the caller manages, else 404 (never 403: out of scope does not exist). */
  async findManaged(m: EntityManager, caller: Caller, id: number, lock = false): Promise<AccountRow> {
    if (lock) await preparedQuery(m, `SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE`, [id]);
    const params: unknown[] = [id];
    const [row] = await preparedQuery<AccountRow[]>(m, `${ACCOUNT_SELECT} WHERE a.id = $1 AND ${accountScopeSql(caller, 'a', params)}`, params);
    if (!row) throw new NotFoundException(`Account ${id} not found`);
    return row;
  }

  /** The parent of a new account: the caller's principal or an account it manages. */
  private async findParent(m: EntityManager, caller: Caller, id: number): Promise<{ id: number; type: AccountType; path: string }> {
    if (id === caller.principalId) return { id, type: caller.principalType, path: caller.principalPath };
    const row = await this.findManaged(m, caller, id, true);
    return { id: row.id, type: row.type, path: row.path };
  }

  /**
   * R11: no account gets more reach than the caller. A direct-scope manager reaches only its principal's own
   * customers, so it creates only its principal's managers, with direct scope: an operator below (or that
   * operator's manager) would reach customers the caller cannot see.
   */
  private assertNoWiderReach(caller: Caller, parentId: number, type: AccountType, scope: 'direct' | 'subtree' | undefined) {
    if (!hasDirectScope(caller)) return;
    if (scope === 'subtree') throw new ForbiddenException(NO_SUBTREE_FROM_DIRECT);
    if (parentId !== caller.principalId || !isStaffType(type)) {
      throw new ForbiddenException('A manager with direct scope can only create managers of its own principal');
    }
  }

  /** R11/R6: a role of the account's type, visible to the caller, whose permissions the caller holds. */
  private async assignableRole(m: EntityManager, caller: Caller, roleId: number, type: AccountType) {
    const role = await this.roles.findVisible(m, caller, roleId);
    if (role.type !== type) {
      throw new BadRequestException(`Role ${role.name} is for ${typeName(role.type)} accounts, not ${typeName(type)}`);
    }
    assertHeld(caller, role.permissions);
    return role;
  }
}

/**
 * The grants as key → expiry (null: none), each checked (R15): in the future and at most GRANT_EXPIRY_MAX_DAYS
 * ahead. A key given twice takes its last expiry.
 */
function grantExpiries(grants: SetUserPermissionsDto['grants']): Map<string, Date | null> {
  const now = Date.now();
  const latest = now + GRANT_EXPIRY_MAX_DAYS * 24 * 3600 * 1000;
  const result = new Map<string, Date | null>();
  for (const grant of grants) {
    const { key, expiresAt } = typeof grant === 'string' ? { key: grant, expiresAt: undefined } : grant;
    const at = expiresAt === undefined ? null : new Date(expiresAt);
    if (at && at.getTime() <= now) throw new BadRequestException(`expiresAt of ${key} must be in the future`);
    if (at && at.getTime() > latest) throw new BadRequestException(`expiresAt of ${key} must be at most ${GRANT_EXPIRY_MAX_DAYS} days ahead`);
    result.set(key, at);
  }
  return result;
}

/** Whether a grant expiring at `next` (null: never) lasts longer than one expiring at `current`. */
function lastsLonger(next: Date | null, current: string | undefined): boolean {
  if (current === undefined) return false;
  return next === null || next.getTime() > new Date(current).getTime();
}

/** The audit entry's expiries, only when there are any (the entries of plain grants stay as they were). */
const expiryChange = (expiry: Record<string, string>) => (Object.keys(expiry).length ? { grantExpiry: expiry } : {});
