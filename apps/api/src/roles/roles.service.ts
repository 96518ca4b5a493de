import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  AccountType,
  ACCOUNT_TYPE_NAMES,
  copyRoleName,
  formatRoleName,
  isAllowedForType,
  mayCreateRoleType,
  PermissionKey,
  unknownPermissionKeys,
} from '@tiergate/access';
import { preparedQuery, recordRoleVersion, roleTarget, roleVersionSql, writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { AuthzService } from '../access/authz.service';
import { auditActorOf, Caller } from '../access/caller';
import { assertHeld, keysNotHeld, roleScopeOf } from '../access/scope';
import { ApiConfig } from '../config/config';
import { isoMomentSql } from '../common/moments';
import { conflictOnDuplicate } from '../common/unique-violation';
import { CreateRoleDto } from './dto/create-role.dto';
import { ImportRoleDto } from './dto/import-role.dto';
import { ListRolesQuery } from './dto/list-roles.query';
import { SetRolePermissionsDto } from './dto/set-role-permissions.dto';
import { UpdateRoleDto } from './dto/update-role.dto';
import { RoleDefaultsQueue } from './role-defaults.queue';
import { RoleExport } from './role-history.view';
import { ListedRole, RoleRow, RoleView, toRoleView } from './role.view';
import { ApiException } from '../common/api.exception';

export const NOT_ELIGIBLE_TYPE = 'Not Eligible To This Type Of Role';
export const NOT_ELIGIBLE_DELETE = 'Not Eligible To Delete';

/**
 * The roles the caller sees (R7: $1 its branch, $2 the owner it is held to, or NULL) that also match `where`, with
 * their counts as the triggers keep them (role_counts, migration 1764000000580).
 */
const rolesWithCounts = (where: string) => `
  SELECT r.id, r.name, r.display_name, r.type, r.owner_id, r.is_system, r.defaults_status, r.version,
         ${isoMomentSql('r.created_at')} AS created_at, ${isoMomentSql('r.last_used_at')} AS last_used_at,
         coalesce(c.holders, 0) AS user_count, coalesce(c.permissions, 0) AS permission_count
    FROM roles r LEFT JOIN role_counts c ON c.role_id = r.id
   WHERE r.branch_id = $1 AND ($2::int IS NULL OR r.owner_id = $2) AND ${where}`;

@Injectable()
export class RolesService {
  constructor(
    private readonly db: DataSource,
    private readonly config: ApiConfig,
    private readonly authz: AuthzService,
    private readonly defaults: RoleDefaultsQueue,
  ) {}

  /** With `unusedDays`, only the roles that could go (R15): held by nobody, not a system role, and neither created nor used in that many days. */
  async list(caller: Caller, query: ListRolesQuery): Promise<RoleView[]> {
    const scope = roleScopeOf(caller);
    const rows: ListedRole[] = await this.db.query(
      `${rolesWithCounts(`($3::int IS NULL OR r.type = $3)
         AND ($4::int IS NULL OR (NOT r.is_system AND coalesce(c.holders, 0) = 0
              AND greatest(r.created_at, r.last_used_at) < now() - make_interval(days => $4)))`)}
       ORDER BY r.id`,
      [scope.branchId, scope.ownerId, query.type ?? null, query.unusedDays ?? null],
    );
    return rows.map((r) => toRoleView(r));
  }

  async get(caller: Caller, id: number): Promise<RoleView> {
    const row = await this.findVisible(this.db.manager, caller, id);
    return toRoleView(row, row.permissions);
  }

  async create(caller: Caller, dto: CreateRoleDto): Promise<RoleView> {
    if (!mayCreateRoleType(caller.principalType, dto.type)) throw new ApiException('NOT_ELIGIBLE_TO_ROLE_TYPE', NOT_ELIGIBLE_TYPE);
    const name = formatRoleName(caller.branchSlug, dto.name);
    const id = await conflictOnDuplicate(
      () =>
        this.db.transaction(async (m) => {
          const [{ id }] = await m.query(
            `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status, defaults_due_at)
             VALUES ($1, $2, $3, $4, $5, 'pending', now() + make_interval(secs => $6::float / 1000)) RETURNING id`,
            [caller.branchId, name, dto.name.trim(), dto.type, caller.principalId, this.config.PREDEFINED_PERMISSIONS_DELAY_MS],
          );
          await writeAudit(m, auditActorOf(caller), {
            action: 'role.create',
            ...roleTarget({ id, name }, caller.principalPath),
            changes: { after: { name, displayName: dto.name.trim(), type: dto.type } },
          });
          await recordRoleVersion(m, id, caller);
          return id as number;
        }),
      'DUPLICATE_NAME',
      `Role ${name} already exists`,
    );
    await this.defaults.enqueue(id);
    return this.get(caller, id);
  }

  async rename(caller: Caller, id: number, dto: UpdateRoleDto): Promise<RoleView> {
    const name = formatRoleName(caller.branchSlug, dto.name);
    await conflictOnDuplicate(
      () =>
        this.db.transaction(async (m) => {
          const role = await this.findVisible(m, caller, id, true);
          if (dto.type !== undefined && dto.type !== role.type) throw new BadRequestException('Role type cannot be changed');
          this.assertChangeable(role);
          await m.query(`UPDATE roles SET name = $2, display_name = $3 WHERE id = $1`, [id, name, dto.name.trim()]);
          await writeAudit(m, auditActorOf(caller), {
            action: 'role.rename',
            ...roleTarget({ id, name }, role.owner_path),
            changes: { before: { name: role.name, displayName: role.display_name }, after: { name, displayName: dto.name.trim() } },
          });
          await recordRoleVersion(m, id, caller);
        }),
      'DUPLICATE_NAME',
      `Role ${name} already exists`,
    );
    // GET /me of the role's accounts shows its name from the cache.
    await this.authz.changed({ roles: [id] });
    return this.get(caller, id);
  }

  /** Replaces the whole set (R6: nobody adds what they do not hold); a stale version answers 409. */
  async setPermissions(caller: Caller, id: number, dto: SetRolePermissionsDto): Promise<RoleView> {
    const unknown = unknownPermissionKeys(dto.permissions);
    if (unknown.length) throw new BadRequestException(`Unknown permission keys: ${unknown.join(', ')}`);
    const wanted = [...new Set(dto.permissions)] as PermissionKey[];
    await this.db.transaction(async (m) => {
      const role = await this.findVisible(m, caller, id, true);
      this.assertChangeable(role);
      if (role.id === caller.roleId) throw new ForbiddenException('You cannot change the permissions of your own role');
      if (dto.version !== undefined && dto.version !== role.version) {
        throw new ApiException('STALE_VERSION', `Role was changed by someone else: you read version ${dto.version}, it is now ${role.version}; reload it`);
      }
      const notAllowed = wanted.filter((k) => !isAllowedForType(k, role.type));
      if (notAllowed.length) {
        throw new ApiException('NOT_ALLOWED_FOR_TYPE', `Not allowed for role type ${ACCOUNT_TYPE_NAMES[role.type]}: ${notAllowed.join(', ')}`);
      }
      const current = new Set(role.permissions);
      const added = wanted.filter((k) => !current.has(k));
      const removed = role.permissions.filter((k) => !wanted.includes(k as PermissionKey));
      assertHeld(caller, added);
      // The new set, the role's version (R15) and the entry in one statement.
      await writeAudit(
        m,
        auditActorOf(caller),
        { action: 'role.permissions.update', ...roleTarget(role, role.owner_path), changes: { added, removed, version: role.version + 1 } },
        {
          ctes: [
            `gone AS (DELETE FROM role_permissions WHERE role_id = $1 AND permission <> ALL($2::text[]))`,
            `granted AS (INSERT INTO role_permissions (role_id, permission) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING)`,
            `bumped AS (UPDATE roles SET version = version + 1, permissions_edited_at = now() WHERE id = $1)`,
            `versioned AS (${roleVersionSql('$1::int', '$2::text[]', '$3::int', '$4::text')})`,
          ],
          params: [id, wanted, caller.id, caller.name],
        },
      );
    });
    await this.authz.changed({ roles: [id] });
    return this.get(caller, id);
  }

  /** R4: same permissions, name plus HHmmss, no defaults job; only types the caller may create. */
  async copy(caller: Caller, id: number): Promise<RoleView> {
    const newId = await this.db.transaction(async (m) => {
      const source = await this.findVisible(m, caller, id);
      if (!mayCreateRoleType(caller.principalType, source.type)) throw new ApiException('NOT_ELIGIBLE_TO_ROLE_TYPE', NOT_ELIGIBLE_TYPE);
      const { permissions } = source;
      assertHeld(caller, permissions);
      const name = copyRoleName(source.name, new Date());
      return this.insertGivenRole(
        m,
        caller,
        { name, displayName: `${source.display_name} ${name.slice(-6)}`, type: source.type, permissions },
        { action: 'role.copy', changes: { from: { id: source.id, name: source.name }, permissions } },
        `Role ${name} already exists; try again in a second`,
      );
    });
    return this.get(caller, newId);
  }

  /** R15: a role as JSON, keys by name. */
  async export(caller: Caller, id: number): Promise<RoleExport> {
    const role = await this.findVisible(this.db.manager, caller, id);
    return { name: role.name, displayName: role.display_name, type: role.type, permissions: role.permissions };
  }

  /**
   * R15: creates every role given or none, in one transaction, each as its own creator would (R1, R2, R3's allowed
   * keys, R6), owned by the caller's principal (R7), with its permissions as given and so no defaults job. The first
   * refusal names its role and, where one is at fault, its key.
   */
  async import(caller: Caller, roles: ImportRoleDto[]): Promise<RoleView[]> {
    const ids = await this.db.transaction(async (m) => {
      const created: number[] = [];
      for (const dto of roles) {
        const name = formatRoleName(caller.branchSlug, dto.displayName);
        const refuse = (problem: string) => `Role ${name} (“${dto.displayName.trim()}”): ${problem}`;
        if (!mayCreateRoleType(caller.principalType, dto.type)) throw new ApiException('NOT_ELIGIBLE_TO_ROLE_TYPE', refuse(NOT_ELIGIBLE_TYPE));
        const permissions = [...new Set(dto.permissions)].sort();
        const [unknown] = unknownPermissionKeys(permissions);
        if (unknown) throw new ApiException('VALIDATION_FAILED', refuse(`unknown permission key ${unknown}`));
        const notAllowed = permissions.find((k) => !isAllowedForType(k as PermissionKey, dto.type));
        if (notAllowed) throw new ApiException('NOT_ALLOWED_FOR_TYPE', refuse(`${notAllowed} is not allowed for role type ${ACCOUNT_TYPE_NAMES[dto.type]}`));
        const [notHeld] = keysNotHeld(caller, permissions);
        if (notHeld) throw new ApiException('GRANT_NOT_HELD', refuse(`you cannot grant permissions you do not hold: ${notHeld}`));
        const duplicate = refuse('a role of that name already exists');
        const [taken] = await m.query(`SELECT 1 FROM roles WHERE branch_id = $1 AND name = $2`, [caller.branchId, name]);
        if (taken) throw new ApiException('DUPLICATE_NAME', duplicate);
        created.push(
          await this.insertGivenRole(
            m,
            caller,
            { name, displayName: dto.displayName.trim(), type: dto.type, permissions },
            { action: 'role.import', changes: { after: { name, displayName: dto.displayName.trim(), type: dto.type }, permissions } },
            duplicate,
          ),
        );
      }
      return created;
    });
    // In the order given: the transaction took their ids from the sequence one after the other.
    const rows = await this.readVisible(this.db.manager, caller, ids);
    return rows.sort((a, b) => a.id - b.id).map((row) => toRoleView(row, row.permissions));
  }

  /** R5: never a system role, never one still assigned. */
  async remove(caller: Caller, id: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const role = await this.findVisible(m, caller, id, true);
      if (role.is_system || role.user_count > 0) throw new ApiException('NOT_ELIGIBLE_TO_DELETE', NOT_ELIGIBLE_DELETE);
      await writeAudit(
        m,
        auditActorOf(caller),
        {
          action: 'role.delete',
          ...roleTarget(role, role.owner_path),
          changes: { before: { name: role.name, type: role.type, permissions: role.permissions } },
        },
        { ctes: [`gone AS (DELETE FROM roles WHERE id = $1)`], params: [id] },
      );
    });
  }

  /**
   * R7: the role if the caller can see it, with its keys, else 404. Locked, it is read after the lock is taken: a
   * SELECT … FOR UPDATE that waited would give the keys and counts as they were before it waited.
   */
  async findVisible(m: EntityManager, caller: Caller, id: number, lock = false): Promise<RoleRow> {
    if (lock) await preparedQuery(m, `SELECT 1 FROM roles WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await this.readVisible(m, caller, [id]);
    if (!row) throw new NotFoundException(`Role ${id} not found`);
    return row;
  }

  /** R7: those of `ids` the caller can see, with their keys, in one statement, in no particular order. */
  private readVisible(m: EntityManager, caller: Caller, ids: number[]): Promise<RoleRow[]> {
    const scope = roleScopeOf(caller);
    // Where R12 files the role's audit entries: only a role about to change needs it, a list does not.
    return preparedQuery<RoleRow[]>(
      m,
      `SELECT found.*, (SELECT path FROM accounts o WHERE o.id = found.owner_id) AS owner_path,
              ARRAY(SELECT permission FROM role_permissions p WHERE p.role_id = found.id ORDER BY permission) AS permissions
         FROM (${rolesWithCounts('r.id = ANY($3::int[])')}) found`,
      [scope.branchId, scope.ownerId, ids],
    );
  }

  private assertChangeable(role: RoleRow) {
    if (role.is_system) throw new ForbiddenException('System roles cannot be changed');
  }

  async permissionsOf(m: EntityManager, roleId: number): Promise<string[]> {
    const rows: { permission: string }[] = await m.query(`SELECT permission FROM role_permissions WHERE role_id = $1 ORDER BY permission`, [roleId]);
    return rows.map((r) => r.permission);
  }

  /** A role whose permissions are given (a copy, an import): no defaults job (R4), its first version and its audit entry. */
  private async insertGivenRole(
    m: EntityManager,
    caller: Caller,
    role: { name: string; displayName: string; type: AccountType; permissions: string[] },
    audit: { action: 'role.copy' | 'role.import'; changes: Record<string, unknown> },
    duplicate: string,
  ): Promise<number> {
    const [{ id }] = await conflictOnDuplicate(
      () =>
        m.query(
          `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status, permissions_edited_at)
           VALUES ($1, $2, $3, $4, $5, 'skipped', now()) RETURNING id`,
          [caller.branchId, role.name, role.displayName, role.type, caller.principalId],
        ),
      'DUPLICATE_NAME',
      duplicate,
    );
    await this.insertPermissions(m, id, role.permissions);
    await writeAudit(m, auditActorOf(caller), { action: audit.action, ...roleTarget({ id, name: role.name }, caller.principalPath), changes: audit.changes });
    await recordRoleVersion(m, id, caller);
    return id;
  }

  private async insertPermissions(m: EntityManager, roleId: number, keys: string[]) {
    if (keys.length) {
      await m.query(`INSERT INTO role_permissions (role_id, permission) SELECT $1, unnest($2::text[])`, [roleId, keys]);
    }
  }
}
