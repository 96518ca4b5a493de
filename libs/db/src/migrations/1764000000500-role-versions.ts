import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * R15: a role's history. Every change of its permissions or name writes one row in the change's own transaction
 * (libs/db role-versions.ts), holding the keys added and removed and the whole set after it, so that two versions
 * compare without replaying anything. Numbered per role from 1; unrelated to roles.version (the editor's stale check).
 * Existing roles start with a baseline version 1: their name and permissions at migration time, by "system".
 */
export class RoleVersions1764000000500 implements MigrationInterface {
  name = 'RoleVersions1764000000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE role_versions (
        role_id int NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        version int NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id int,
        actor_name text NOT NULL,
        name text NOT NULL,
        added text[] NOT NULL,
        removed text[] NOT NULL,
        permissions text[] NOT NULL,
        PRIMARY KEY (role_id, version)
      )`);
    await q.query(`
      INSERT INTO role_versions (role_id, version, actor_id, actor_name, name, added, removed, permissions)
      SELECT r.id, 1, NULL, 'system', r.name, p.keys, '{}', p.keys
        FROM roles r
        CROSS JOIN LATERAL (SELECT COALESCE(array_agg(permission ORDER BY permission), '{}') AS keys FROM role_permissions WHERE role_id = r.id) p`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE role_versions`);
  }
}
