import { AccountType, ACCOUNT_TYPE_NAMES } from '@tiergate/access';
import { accountTarget, recordRoleVersion, writeAudit } from '@tiergate/db';
import { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { ApiConfig } from '../config/config';

/** On an empty database: the branch, the Admin's system role and the root Admin (the superadmin). */
export async function ensureRootAdmin(m: EntityManager, config: ApiConfig): Promise<void> {
  const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM accounts`);
  if (count > 0) return;
  if (!config.ADMIN_EMAIL || !config.ADMIN_PASSWORD) {
    throw new Error('The database has no accounts yet: set ADMIN_EMAIL and ADMIN_PASSWORD to create the root Admin');
  }
  const email = config.ADMIN_EMAIL.toLowerCase();
  const passwordHash = await hashPassword(config.ADMIN_PASSWORD);
  const [{ id: branchId }] = await m.query(
    `INSERT INTO branches (slug, name) VALUES ($1, $1) ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
    [config.BRANCH_SLUG],
  );
  const [{ id: roleId }] = await m.query(
    `INSERT INTO roles (branch_id, name, display_name, type, is_system, defaults_status)
     VALUES ($1, $2, 'Admin', 1, true, 'applied') RETURNING id`,
    [branchId, `${config.BRANCH_SLUG}-admin`],
  );
  const [{ id }] = await m.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, path, role_id)
     VALUES ($1, 1, 'Admin', $2, $3, '', $4) RETURNING id`,
    [branchId, email, passwordHash, roleId],
  );
  const path = `/${id}/`;
  await m.query(`UPDATE accounts SET path = $2, principal_id = $1 WHERE id = $1`, [id, path]);
  await m.query(`UPDATE roles SET owner_id = $1 WHERE id = $2`, [id, roleId]);
  await recordRoleVersion(m, roleId, { id: null, name: 'system' });
  await writeAudit(
    m,
    { id: null, name: 'system', type: null, principalId: id, principalPath: path },
    {
      action: 'account.create_root',
      ...accountTarget({ id, email, path }),
      changes: { after: { email, type: AccountType.Admin, typeName: ACCOUNT_TYPE_NAMES[AccountType.Admin] } },
    },
  );
}
