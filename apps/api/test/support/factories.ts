import { AccountType, isStaffType, PermissionKey } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/passwords';

export const PASSWORD = 'test-password-1';
let passwordHash: Promise<string> | undefined;
let counter = 0;

export interface MadeAccount {
  id: number;
  email: string;
  roleId: number;
  path: string;
  type: AccountType;
}

/**
 * An account of any type under `parent` (the root Admin when omitted), holding a fresh role with exactly
 * `permissions`, or the given `roleId`. Accounts are made directly in the database: the users API is a later issue.
 */
export async function makeAccount(
  db: DataSource,
  type: AccountType,
  options: { parentId?: number; permissions?: PermissionKey[]; roleId?: number; email?: string; status?: 'active' | 'disabled' } = {},
): Promise<MadeAccount> {
  const n = ++counter;
  const [parent] = await db.query(
    options.parentId ? `SELECT id, path, branch_id FROM accounts WHERE id = $1` : `SELECT id, path, branch_id FROM accounts WHERE type = 1 ORDER BY id LIMIT 1`,
    options.parentId ? [options.parentId] : [],
  );
  const ownerId = parent.id;
  let roleId = options.roleId;
  if (roleId === undefined) {
    [{ id: roleId }] = await db.query(
      `INSERT INTO roles (branch_id, name, display_name, type, owner_id, defaults_status) VALUES ($1, $2, $2, $3, $4, 'skipped') RETURNING id`,
      [parent.branch_id, `branch-fixture${n}-${Date.now()}`, type, ownerId],
    );
    if (options.permissions?.length) {
      await db.query(`INSERT INTO role_permissions (role_id, permission) SELECT $1, unnest($2::text[])`, [roleId, options.permissions]);
    }
  }
  const email = options.email ?? `user${n}-${Date.now()}@tiergate.test`;
  const [{ id }] = await db.query(
    `INSERT INTO accounts (branch_id, type, name, email, password_hash, parent_id, path, role_id, status, balance)
     VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8, $9) RETURNING id`,
    [
      parent.branch_id,
      type,
      `Account ${n}`,
      email,
      await (passwordHash ??= hashPassword(PASSWORD)),
      parent.id,
      roleId,
      options.status ?? 'active',
      [3, 4, 5].includes(type) ? '0' : null,
    ],
  );
  const path = `${parent.path}${id}/`;
  await db.query(`UPDATE accounts SET path = $2, principal_id = $3 WHERE id = $1`, [id, path, isStaffType(type) ? parent.id : id]);
  return { id, email, roleId: roleId!, path, type };
}

let subscriberCounter = 0;

/** A subscriber of `ownerId` (an operator), inserted directly. */
export async function makeSubscriber(
  db: DataSource,
  ownerId: number,
  options: { status?: 'active' | 'suspended' | 'expired'; name?: string; phone?: string } = {},
) {
  const n = ++subscriberCounter;
  const [{ id }] = await db.query(
    `INSERT INTO subscribers (username, name, phone, owner_id, owner_path, status, expires_at)
     SELECT $1, $2, $3, id, path, $4, now() + interval '30 days' FROM accounts WHERE id = $5 RETURNING id`,
    [`sub${n}-${Date.now()}`, options.name ?? `Subscriber ${n}`, options.phone ?? null, options.status ?? 'active', ownerId],
  );
  return id as number;
}

let packageCounter = 0;

export async function makePackage(db: DataSource): Promise<number> {
  const [{ id }] = await db.query(`INSERT INTO packages (name, price, validity_days) VALUES ($1, 500, 30) RETURNING id`, [
    `Package ${++packageCounter}-${Date.now()}`,
  ]);
  return id;
}
