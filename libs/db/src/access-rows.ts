import { AccountType, effectivePermissions, isModuleKey, isStaffType, ModuleKey, PermissionKey } from '@tiergate/access';
import { EntityManager } from 'typeorm';
import { preparedQuery } from './prepared';

/** An account with everything effectivePermissions needs about it (its principal aside). */
export interface AccessRow {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  type: AccountType;
  branchId: number;
  branchSlug: string;
  parentId: number | null;
  principalId: number;
  path: string;
  roleId: number;
  status: 'active' | 'disabled';
  /** R9: the account itself, its principal or an operator above it is disabled, so it is refused. */
  disabledOnPath: boolean;
  scope: 'direct' | 'subtree';
  rolePermissions: string[];
  grants: string[];
  revokes: string[];
  /** R15: the earliest expiry among the grants counted (ms since the epoch), null when none expires. */
  grantsValidUntil: number | null;
}

/** SQL: a grant of the account permission row aliased `p` still counts (R15). */
export const GRANT_COUNTS_SQL = `(p.expires_at IS NULL OR p.expires_at > now())`;

type Queryable = Pick<EntityManager, 'query'>;

/**
 * SQL: whether any account on the materialised path of the account aliased `a` is disabled. The path
 * (`/1/5/9/`) names the account, its ancestors and, for staff, its principal: a primary-key lookup each.
 */
export const DISABLED_ON_PATH_SQL = `EXISTS (SELECT 1 FROM accounts d
  WHERE d.id = ANY(string_to_array(btrim(a.path, '/'), '/')::int[]) AND d.status = 'disabled')`;

/** R9: an account below a disabled operator (or itself disabled) cannot act, sign in or refresh. */
export async function isDisabledOnPath(db: Queryable, accountId: number): Promise<boolean> {
  const [row] = await db.query(`SELECT ${DISABLED_ON_PATH_SQL} AS disabled FROM accounts a WHERE a.id = $1`, [accountId]);
  return row?.disabled ?? true;
}

export async function loadAccessRow(db: Queryable, accountId: number): Promise<AccessRow | null> {
  const [row] = await preparedQuery(
    db,
    `SELECT a.id, a.name, a.email, a.phone, a.type, a.branch_id, b.slug, a.parent_id, a.principal_id, a.path,
            a.role_id, a.status, ${DISABLED_ON_PATH_SQL} AS disabled_on_path, a.scope,
            ARRAY(SELECT permission FROM role_permissions WHERE role_id = a.role_id) AS role_permissions,
            ARRAY(SELECT permission FROM account_permissions p WHERE account_id = a.id AND effect = 'grant' AND ${GRANT_COUNTS_SQL}) AS grants,
            ARRAY(SELECT permission FROM account_permissions WHERE account_id = a.id AND effect = 'revoke') AS revokes,
            (SELECT min(expires_at) FROM account_permissions p WHERE account_id = a.id AND ${GRANT_COUNTS_SQL}) AS grants_valid_until
       FROM accounts a JOIN branches b ON b.id = a.branch_id WHERE a.id = $1`,
    [accountId],
  );
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    type: row.type,
    branchId: row.branch_id,
    branchSlug: row.slug,
    parentId: row.parent_id,
    principalId: row.principal_id ?? row.id,
    path: row.path,
    roleId: row.role_id,
    status: row.status,
    disabledOnPath: row.disabled_on_path,
    scope: row.scope,
    rolePermissions: row.role_permissions,
    grants: row.grants,
    revokes: row.revokes,
    grantsValidUntil: row.grants_valid_until ? new Date(row.grants_valid_until).getTime() : null,
  };
}

export async function loadDisabledModules(db: Queryable): Promise<Set<ModuleKey>> {
  const rows: { key: string }[] = await db.query(`SELECT key FROM module_settings WHERE NOT enabled`);
  return new Set(rows.map((r) => r.key).filter(isModuleKey));
}

/** The effective set of one account, computed afresh (the API caches its own; see AuthzService). */
export async function loadEffectivePermissions(db: Queryable, accountId: number): Promise<Set<PermissionKey>> {
  const row = await loadAccessRow(db, accountId);
  if (!row) return new Set();
  return effectivePermissions({
    type: row.type,
    rolePermissions: row.rolePermissions,
    grants: row.grants,
    revokes: row.revokes,
    principalPermissions: isStaffType(row.type) ? await loadEffectivePermissions(db, row.principalId) : undefined,
    disabledModules: await loadDisabledModules(db),
  });
}
