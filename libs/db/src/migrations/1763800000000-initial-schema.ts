import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE branches (
        id serial PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        name text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE roles (
        id serial PRIMARY KEY,
        branch_id int NOT NULL REFERENCES branches(id),
        name text NOT NULL,
        display_name text NOT NULL,
        type smallint NOT NULL CHECK (type BETWEEN 1 AND 8),
        owner_id int,
        is_system boolean NOT NULL DEFAULT false,
        defaults_status text NOT NULL CHECK (defaults_status IN ('pending', 'applied', 'skipped')),
        defaults_due_at timestamptz,
        permissions_edited_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT roles_branch_name_unique UNIQUE (branch_id, name)
      )`);
    await q.query(`CREATE INDEX roles_owner_idx ON roles (owner_id)`);
    await q.query(`CREATE INDEX roles_pending_idx ON roles (defaults_due_at) WHERE defaults_status = 'pending'`);
    await q.query(`
      CREATE TABLE accounts (
        id serial PRIMARY KEY,
        branch_id int NOT NULL REFERENCES branches(id),
        type smallint NOT NULL CHECK (type BETWEEN 1 AND 8),
        name text NOT NULL,
        email text NOT NULL,
        phone text,
        password_hash text NOT NULL,
        parent_id int REFERENCES accounts(id),
        principal_id int REFERENCES accounts(id),
        path text NOT NULL,
        role_id int NOT NULL REFERENCES roles(id),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        scope text NOT NULL DEFAULT 'direct' CHECK (scope IN ('direct', 'subtree')),
        balance numeric(14,2),
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT accounts_email_unique UNIQUE (email),
        CONSTRAINT accounts_email_lower CHECK (email = lower(email))
      )`);
    await q.query(`CREATE INDEX accounts_path_idx ON accounts (path text_pattern_ops)`);
    await q.query(`CREATE INDEX accounts_parent_idx ON accounts (parent_id)`);
    await q.query(`CREATE INDEX accounts_role_idx ON accounts (role_id)`);
    await q.query(`ALTER TABLE roles ADD CONSTRAINT roles_owner_fk FOREIGN KEY (owner_id) REFERENCES accounts(id)`);
    await q.query(`
      CREATE TABLE role_permissions (
        role_id int NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
        permission text NOT NULL,
        PRIMARY KEY (role_id, permission)
      )`);
    await q.query(`
      CREATE TABLE account_permissions (
        account_id int NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        permission text NOT NULL,
        effect text NOT NULL CHECK (effect IN ('grant', 'revoke')),
        PRIMARY KEY (account_id, permission)
      )`);
    await q.query(`
      CREATE TABLE module_settings (
        key text PRIMARY KEY,
        enabled boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        account_id int NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        refresh_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sessions_account_idx ON sessions (account_id)`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id int,
        actor_name text NOT NULL,
        actor_type smallint,
        principal_id int,
        principal_path text,
        ip text,
        user_agent text,
        action text NOT NULL,
        target_type text,
        target_id text,
        target_label text,
        changes jsonb
      )`);
    await q.query(`CREATE INDEX audit_principal_path_idx ON audit_log (principal_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX audit_actor_idx ON audit_log (actor_id, id)`);
    await q.query(`CREATE INDEX audit_target_idx ON audit_log (target_type, target_id, id)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log, sessions, module_settings, account_permissions, role_permissions CASCADE`);
    await q.query(`DROP FUNCTION audit_log_append_only`);
    await q.query(`ALTER TABLE roles DROP CONSTRAINT roles_owner_fk`);
    await q.query(`DROP TABLE accounts, roles, branches CASCADE`);
  }
}
