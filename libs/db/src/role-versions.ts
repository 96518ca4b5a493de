import { EntityManager } from 'typeorm';

/** Who made a role's version: an account, or the worker (`id` null, "system"). */
export interface VersionActor {
  id: number | null;
  name: string;
}

/**
 * R15: records the role's current name and permissions as its next version, with the keys added and removed since
 * the last one. Called by every change of a role's permissions or name, after the change and in its transaction,
 * with the role's row locked (or just inserted), so that versions of one role never race.
 */
export async function recordRoleVersion(m: EntityManager, roleId: number, actor: VersionActor): Promise<number> {
  const [{ version }] = await m.query(
    `WITH now_set AS (
       SELECT COALESCE(array_agg(permission ORDER BY permission), '{}') AS keys FROM role_permissions WHERE role_id = $1
     ), last AS (
       SELECT version, permissions FROM role_versions WHERE role_id = $1 ORDER BY version DESC LIMIT 1
     )
     INSERT INTO role_versions (role_id, version, actor_id, actor_name, name, added, removed, permissions)
     SELECT r.id, COALESCE((SELECT version FROM last), 0) + 1, $2, $3, r.name,
            ARRAY(SELECT unnest(n.keys) EXCEPT SELECT unnest((SELECT permissions FROM last)) ORDER BY 1),
            ARRAY(SELECT unnest((SELECT permissions FROM last)) EXCEPT SELECT unnest(n.keys) ORDER BY 1),
            n.keys
       FROM roles r, now_set n WHERE r.id = $1
     RETURNING version`,
    [roleId, actor.id, actor.name],
  );
  return version;
}
