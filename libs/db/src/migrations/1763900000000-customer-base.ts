import { MigrationInterface, QueryRunner } from 'typeorm';

/** The searchable text of a subscriber; queries must use the same expression to hit the index. */
export function subscriberSearchText(alias?: string): string {
  const c = alias ? `${alias}.` : '';
  return `${c}username || ' ' || ${c}name || ' ' || coalesce(${c}phone, '')`;
}

export class CustomerBase1763900000000 implements MigrationInterface {
  name = 'CustomerBase1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE packages (
        id serial PRIMARY KEY,
        name text NOT NULL,
        price numeric(12,2) NOT NULL CHECK (price >= 0),
        validity_days int NOT NULL CHECK (validity_days > 0),
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT packages_name_unique UNIQUE (name)
      )`);
    await q.query(`
      CREATE TABLE subscribers (
        id serial PRIMARY KEY,
        username text NOT NULL,
        name text NOT NULL,
        phone text,
        address text,
        owner_id int NOT NULL REFERENCES accounts(id),
        owner_path text NOT NULL,
        package_id int REFERENCES packages(id),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'expired')),
        expires_at timestamptz,
        balance numeric(14,2) NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT subscribers_username_unique UNIQUE (username)
      )`);
    // Scope (R10) is a range on owner_path or an equality on owner_id; both walk id order for keyset pages.
    await q.query(`CREATE INDEX subscribers_owner_path_idx ON subscribers (owner_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX subscribers_owner_idx ON subscribers (owner_id, id)`);
    await q.query(`CREATE INDEX subscribers_package_idx ON subscribers (package_id)`);
    // Substring search on username, name and phone (q=) through one trigram index (pg_trgm is a trusted extension).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX subscribers_search_idx ON subscribers USING gin ((${subscriberSearchText()}) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE subscriber_notes (
        id serial PRIMARY KEY,
        subscriber_id int NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
        author_id int REFERENCES accounts(id) ON DELETE SET NULL,
        author_name text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX subscriber_notes_subscriber_idx ON subscriber_notes (subscriber_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE subscriber_notes, subscribers, packages`);
  }
}
