import { Injectable, Logger } from '@nestjs/common';
import { isAllowedForType, PREDEFINED_PERMISSIONS, AccountType } from '@tiergate/access';
import { loadEffectivePermissions, recordRoleVersion, roleTarget, writeAudit } from '@tiergate/db';
import { DataSource } from 'typeorm';

export type DefaultsOutcome = 'applied' | 'skipped' | 'already-done' | 'missing';

const SYSTEM_ACTOR = { id: null, name: 'system', type: null } as const;

/** R8: give a pending role its type's predefined set, or skip it if someone saved its permissions first. */
@Injectable()
export class RoleDefaultsService {
  private readonly logger = new Logger(RoleDefaultsService.name);

  constructor(private readonly db: DataSource) {}

  async apply(roleId: number): Promise<DefaultsOutcome> {
    const outcome = await this.db.transaction(async (m) => {
      const [role] = await m.query(
        `SELECT r.id, r.name, r.type, r.owner_id, r.defaults_status, r.permissions_edited_at, o.path AS owner_path
           FROM roles r LEFT JOIN accounts o ON o.id = r.owner_id WHERE r.id = $1 FOR UPDATE OF r`,
        [roleId],
      );
      if (!role) return 'missing';
      if (role.defaults_status !== 'pending') return 'already-done';
      const actor = { ...SYSTEM_ACTOR, principalId: role.owner_id, principalPath: role.owner_path };
      if (role.permissions_edited_at) {
        await m.query(`UPDATE roles SET defaults_status = 'skipped' WHERE id = $1`, [roleId]);
        await writeAudit(m, actor, {
          action: 'role.defaults.skip',
          ...roleTarget(role, role.owner_path),
          changes: { reason: 'permissions were saved before the defaults job ran' },
        });
        return 'skipped';
      }
      const type = role.type as Exclude<AccountType, AccountType.Admin>;
      const ceiling = role.owner_id ? await loadEffectivePermissions(m, role.owner_id) : new Set<string>();
      const keys = (PREDEFINED_PERMISSIONS[type] ?? []).filter((k) => isAllowedForType(k, type) && ceiling.has(k));
      const inserted: { permission: string }[] = await m.query(
        `INSERT INTO role_permissions (role_id, permission) SELECT $1, unnest($2::text[])
         ON CONFLICT DO NOTHING RETURNING permission`,
        [roleId, keys],
      );
      await m.query(`UPDATE roles SET defaults_status = 'applied', version = version + 1 WHERE id = $1`, [roleId]);
      await writeAudit(m, actor, {
        action: 'role.defaults.apply',
        ...roleTarget(role, role.owner_path),
        changes: { added: inserted.map((r) => r.permission) },
      });
      await recordRoleVersion(m, roleId, SYSTEM_ACTOR);
      return 'applied';
    });
    this.logger.log(`role ${roleId}: defaults ${outcome}`);
    return outcome;
  }

  /** Roles still pending past their due time: their job was never enqueued or was lost. */
  async overdue(): Promise<number[]> {
    const rows: { id: number }[] = await this.db.query(
      `SELECT id FROM roles WHERE defaults_status = 'pending' AND defaults_due_at <= now() ORDER BY id LIMIT 1000`,
    );
    return rows.map((r) => r.id);
  }
}
