import { ACCOUNT_TYPE_NAMES, AccountType, hasBalance } from '@tiergate/access';
import { toMoney } from '../common/money';

/** The row shape of UsersService's select. */
export interface AccountRow {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  type: AccountType;
  parent_id: number | null;
  principal_id: number;
  path: string;
  status: 'active' | 'disabled';
  scope: 'direct' | 'subtree';
  role_id: number;
  role_name: string;
  balance: string | null;
  created_at: Date;
  grants: string[];
  revokes: string[];
  /** R15: each expiring grant's moment, ISO 8601 in UTC. */
  grant_expiry: Record<string, string>;
}

/** An account as API.md shows it. */
export function toAccountView(row: AccountRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    type: row.type,
    typeName: ACCOUNT_TYPE_NAMES[row.type],
    parentId: row.parent_id,
    principalId: row.principal_id,
    status: row.status,
    scope: row.scope,
    role: { id: row.role_id, name: row.role_name },
    grants: row.grants,
    revokes: row.revokes,
    grantExpiry: row.grant_expiry,
    ...(hasBalance(row.type) && { balance: toMoney(row.balance ?? 0) }),
    createdAt: row.created_at,
  };
}
export type AccountView = ReturnType<typeof toAccountView>;
