import { EntityManager } from 'typeorm';

/** Who made a role's version: an account, or the worker (`id` null, "system"). */
export interface VersionActor {
  id: number | null;
  name: string;
}

/**
 * R15: the INSERT of a role's next version: its current name and the keys `keys` (SQL of a text[]), with the keys
 * added and removed since its last version. Run with the role's row locked (or just inserted), so that versions of
 * one role never race; a CTE of the statement that changes the keys gives them, since it cannot read its own writes.
 */
export function roleVersionSql(roleId: string, keys: string, actorId: string, actorName: string): string {
  return `INSERT INTO role_versions (role_id, version, actor_id, actor_name, name, added, removed, permissions)
    SELECT r.id, COALESCE(last.version, 0) + 1, ${actorId}, ${actorName}, r.name,
           ARRAY(SELECT unnest(n.keys) EXCEPT SELECT unnest(last.permissions) ORDER BY 1),
           ARRAY(SELECT unnest(last.permissions) EXCEPT SELECT unnest(n.keys) ORDER BY 1),
           n.keys
      FROM roles r
     CROSS JOIN (SELECT ARRAY(SELECT unnest(${keys}) ORDER BY 1) AS keys) n
      LEFT JOIN LATERAL (SELECT version, permissions FROM role_versions WHERE role_id = r.id ORDER BY version DESC LIMIT 1) last ON true
     WHERE r.id = ${roleId}`;
}

/**
 * R15: records the role's current name and permissions as its next version. Called by every change of a role's
 * permissions or name, after the change and in its transaction (roleVersionSql).
 */
export async function recordRoleVersion(m: EntityManager, roleId: number, actor: VersionActor): Promise<number> {
  const keys = `ARRAY(SELECT permission FROM role_permissions WHERE role_id = $1)`;
  const [{ version }] = await m.query(`${roleVersionSql('$1::int', keys, '$2::int', '$3::text')} RETURNING version`, [roleId, actor.id, actor.name]);
  return version;
}
