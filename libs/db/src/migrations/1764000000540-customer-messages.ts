import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer messages (R17, API.md "Tickets and messages"). Templates and settings are the branch's (one set, kept by
 * the Admin's side). A message belongs to its subscriber and is filed under the subscriber's owner like invoices
 * (owner_id, owner_path copied at insert by subscriber_owner_of_row, re-filed on a move). One row per (job,
 * subscriber), taken before sending: a job retried or run twice never messages a subscriber twice; expiry reminders
 * use one job id per expiry date. Used through SQL, so these tables have no entities.
 */
export class CustomerMessages1764000000540 implements MigrationInterface {
  name = 'CustomerMessages1764000000540';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE message_templates (
        id serial PRIMARY KEY,
        branch_id int NOT NULL REFERENCES branches(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT message_templates_name_unique UNIQUE (branch_id, name)
      )`);
    await q.query(`
      CREATE TABLE message_settings (
        branch_id int PRIMARY KEY REFERENCES branches(id),
        provider text NOT NULL DEFAULT 'outbox' CHECK (provider IN ('outbox', 'http')),
        url text CHECK (length(url) <= 500),
        token text CHECK (length(token) <= 500),
        sender text CHECK (length(sender) <= 50),
        reminder_enabled boolean NOT NULL DEFAULT false,
        reminder_days int NOT NULL DEFAULT 3 CHECK (reminder_days BETWEEN 1 AND 60),
        reminder_template_id int REFERENCES message_templates(id) ON DELETE SET NULL,
        CHECK (provider = 'outbox' OR url IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE messages (
        id bigserial PRIMARY KEY,
        job_id text NOT NULL CHECK (length(job_id) <= 100),
        subscriber_id int NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
        owner_id int NOT NULL REFERENCES accounts(id),
        owner_path text NOT NULL,
        to_phone text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
        provider text NOT NULL CHECK (provider IN ('outbox', 'http')),
        error text,
        sent_by int REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT messages_once_per_job UNIQUE (job_id, subscriber_id)
      )`);
    await q.query(`
      CREATE TRIGGER messages_subscriber_owner BEFORE INSERT ON messages
      FOR EACH ROW EXECUTE FUNCTION subscriber_owner_of_row()`);
    await q.query(`CREATE INDEX messages_owner_path_idx ON messages (owner_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX messages_owner_idx ON messages (owner_id, id)`);
    await q.query(`CREATE INDEX messages_subscriber_idx ON messages (subscriber_id, id)`);
    await q.query(`CREATE INDEX messages_job_queued_idx ON messages (job_id, id) WHERE status = 'queued'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE messages`);
    await q.query(`DROP TABLE message_settings`);
    await q.query(`DROP TABLE message_templates`);
  }
}
