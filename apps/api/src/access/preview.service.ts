import { Injectable, NotFoundException } from '@nestjs/common';
import { effectivePermissions, PermissionKey, PreviewTarget } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { AuthzService } from './authz.service';
import { Caller } from './caller';
import { accountScopeSql, customerScopeOf, roleScopeOf } from './scope';

/** R10: whether every customer in `inner`'s scope is in `outer`'s. */
function customersWithin(inner: Caller, outer: Caller): boolean {
  const [a, b] = [customerScopeOf(inner), customerScopeOf(outer)];
  if ('ownerId' in b) return 'ownerId' in a && a.ownerId === b.ownerId;
  return ('ownerId' in a ? inner.principalPath : a.pathPrefix).startsWith(b.pathPrefix);
}

/**
 * R15 preview: the caller a request runs as when the signed-in account (the previewer) previews an account or a
 * role. Never more than the previewer: its permissions are the previewed ones ∩ the previewer's (R6), its customers
 * lie within the previewer's (R10), and only what the previewer manages can be previewed (R11 accounts, R7 roles;
 * anything else is 404). No session of the previewed account is involved: the request keeps the previewer's.
 */
@Injectable()
export class PreviewService {
  constructor(
    private readonly db: DataSource,
    private readonly authz: AuthzService,
  ) {}

  async callerFor(previewer: Caller, target: PreviewTarget): Promise<Caller> {
    const previewed = target.kind === 'account' ? await this.account(previewer, target.id) : await this.role(previewer, target.id);
    return {
      ...previewed,
      permissions: new Set([...previewed.permissions].filter((k) => previewer.permissions.has(k))),
      sessionId: previewer.sessionId,
      ip: previewer.ip,
      userAgent: previewer.userAgent,
      // Also read by hasDirectScope: a role's preview has direct scope whatever its type.
      preview: { target, previewer },
    };
  }

  private notFound(target: PreviewTarget): NotFoundException {
    return new NotFoundException(`${target.kind === 'account' ? 'Account' : 'Role'} ${target.id} not found`);
  }

  /** An account the previewer manages (R11), as it signs in, with its customers capped to the previewer's. */
  private async account(previewer: Caller, id: number): Promise<Caller> {
    const params: unknown[] = [id];
    const [managed] = await this.db.query(`SELECT 1 FROM accounts a WHERE a.id = $1 AND ${accountScopeSql(previewer, 'a', params)}`, params);
    if (!managed) throw this.notFound({ kind: 'account', id });
    const { account, principal, permissions } = await this.authz.accessOf(id);
    const { status: _s, disabledOnPath: _d, path: _p, ...rest } = account;
    const previewed: Caller = { ...previewer, ...rest, principalType: principal.type, principalPath: principal.path, permissions };
    if (customersWithin(previewed, previewer)) return previewed;
    // A subtree-scope manager previewed by a direct-scope one of the same principal: narrowed to the direct customers.
    const narrowed: Caller = { ...previewed, scope: 'direct' };
    if (customersWithin(narrowed, previewer)) return narrowed;
    // An operator below a direct-scope manager's principal: none of its customers are the manager's to see.
    throw this.notFound({ kind: 'account', id });
  }

  /**
   * A role the previewer can see (R7), as a new direct-scope account of it under the previewer's principal would
   * be: the role's permissions within its type and, for a staff type, that principal's ceiling; the principal's own
   * customers. No such account exists: its id is 0.
   */
  private async role(previewer: Caller, id: number): Promise<Caller> {
    const { branchId, ownerId } = roleScopeOf(previewer);
    const [role] = await this.db.query(
      `SELECT r.display_name, r.type, ARRAY(SELECT permission FROM role_permissions p WHERE p.role_id = r.id) AS permissions
         FROM roles r WHERE r.id = $1 AND r.branch_id = $2 AND ($3::int IS NULL OR r.owner_id = $3)`,
      [id, branchId, ownerId],
    );
    if (!role) throw this.notFound({ kind: 'role', id });
    const permissions: ReadonlySet<PermissionKey> = effectivePermissions({
      type: role.type,
      rolePermissions: role.permissions,
      principalPermissions: (await this.authz.accessOf(previewer.principalId)).permissions,
      disabledModules: await this.authz.disabledModules(),
    });
    return {
      ...previewer,
      id: 0,
      name: role.display_name,
      email: '',
      phone: null,
      type: role.type,
      parentId: previewer.principalId,
      roleId: id,
      scope: 'direct',
      permissions,
    };
  }
}
