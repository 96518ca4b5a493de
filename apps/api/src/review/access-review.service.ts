import { Injectable } from '@nestjs/common';
import { ALL_PERMISSION_KEYS, PermissionKey, permissionLabel } from '@tiergate/access';
import { DataSource } from 'typeorm';
import { AuthzService } from '../access/authz.service';
import { Caller } from '../access/caller';
import { RolesService } from '../roles/roles.service';
import { UsersService } from '../users/users.service';
import { AccessReview } from './access-review.response';

interface LastUse {
  key: string;
  last_used_at: Date | null;
}

/** R15: which held keys were exercised lately, from what the UsageRecorder wrote. */
@Injectable()
export class AccessReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly authz: AuthzService,
    private readonly roles: RolesService,
    private readonly users: UsersService,
  ) {}

  /** The role's keys; a key is used when any account holding the role now exercised it within `days` (R7: 404 otherwise). */
  async ofRole(caller: Caller, roleId: number, days: number): Promise<AccessReview> {
    await this.roles.findVisible(this.db.manager, caller, roleId);
    const rows: LastUse[] = await this.db.query(
      `SELECT p.permission AS key, max(u.last_used_at) AS last_used_at
         FROM role_permissions p
         LEFT JOIN accounts a ON a.role_id = p.role_id
         LEFT JOIN permission_usage u ON u.account_id = a.id AND u.permission = p.permission
        WHERE p.role_id = $1
        GROUP BY p.permission`,
      [roleId],
    );
    return review(rows, days);
  }

  /** The account's effective keys and its own uses of them (R11: 404 outside the caller's accounts). */
  async ofAccount(caller: Caller, accountId: number, days: number): Promise<AccessReview> {
    await this.users.findManaged(this.db.manager, caller, accountId);
    const { permissions } = await this.authz.accessOf(accountId);
    const rows: LastUse[] = await this.db.query(
      `SELECT k AS key, u.last_used_at
         FROM unnest($2::text[]) k
         LEFT JOIN permission_usage u ON u.account_id = $1 AND u.permission = k`,
      [accountId, [...permissions]],
    );
    return review(rows, days);
  }
}

function review(rows: LastUse[], days: number): AccessReview {
  const cutoff = Date.now() - days * 86_400_000;
  const lastUse = new Map(rows.map((r) => [r.key, r.last_used_at]));
  const held = ALL_PERMISSION_KEYS.filter((k) => lastUse.has(k));
  const isUsed = (k: PermissionKey) => (lastUse.get(k)?.getTime() ?? -Infinity) >= cutoff;
  return {
    days,
    unused: held.filter((k) => !isUsed(k)).map((key) => ({ key, label: permissionLabel(key), lastUsedAt: lastUse.get(key) ?? null })),
    used: held.filter(isUsed).map((key) => ({ key, lastUsedAt: lastUse.get(key)! })),
  };
}
