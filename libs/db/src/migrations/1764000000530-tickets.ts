import { MigrationInterface, QueryRunner } from 'typeorm';

/** The text GET /tickets?q= searches: the ticket's number and subject (one trigram index). */
export function ticketSearchText(alias?: string): string {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  return `${col('number')} || ' ' || ${col('subject')}`;
}

/**
 * Tickets (R17): a subscriber's complaints and their threads of replies. A ticket belongs to its subscriber (R10 as
 * amended): filed (owner_id, owner_path) under the subscriber's owner at insert by the subscriber_owner_of_row
 * trigger of migration 1764000000410, and re-filed with it on a move. Numbers are sequential per branch without
 * gaps, from a counter row locked until commit, as invoices' are. Used through SQL (apps/api/src/tickets), so
 * these tables have no entities, like the accounting ones.
 */
export class Tickets1764000000530 implements MigrationInterface {
  name = 'Tickets1764000000530';

  async up(q: QueryRunner): Promise<void> {
    // bigint: shared by every operator of the branch, so it must never reach a limit (R14).
    await q.query(`
      CREATE TABLE ticket_counters (
        branch_id int PRIMARY KEY REFERENCES branches(id),
        last_number bigint NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE tickets (
        id serial PRIMARY KEY,
        branch_id int NOT NULL REFERENCES branches(id),
        number text NOT NULL,
        subscriber_id int NOT NULL REFERENCES subscribers(id),
        owner_id int NOT NULL REFERENCES accounts(id),
        owner_path text NOT NULL,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'closed')),
        assignee_id int REFERENCES accounts(id) ON DELETE SET NULL,
        created_by int REFERENCES accounts(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT tickets_number_unique UNIQUE (branch_id, number)
      )`);
    await q.query(`
      CREATE TRIGGER tickets_subscriber_owner BEFORE INSERT ON tickets
      FOR EACH ROW EXECUTE FUNCTION subscriber_owner_of_row()`);
    // The scoped list in id order (subtree and direct scopes), with and without a status; the other filters.
    await q.query(`CREATE INDEX tickets_owner_path_idx ON tickets (owner_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX tickets_owner_idx ON tickets (owner_id, id)`);
    await q.query(`CREATE INDEX tickets_status_owner_path_idx ON tickets (status, owner_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX tickets_status_owner_idx ON tickets (status, owner_id, id)`);
    await q.query(`CREATE INDEX tickets_subscriber_idx ON tickets (subscriber_id, id)`);
    await q.query(`CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, id) WHERE assignee_id IS NOT NULL`);
    await q.query(`CREATE INDEX tickets_search_idx ON tickets USING gin ((${ticketSearchText()}) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE ticket_replies (
        id serial PRIMARY KEY,
        ticket_id int NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        author_id int REFERENCES accounts(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ticket_replies_ticket_idx ON ticket_replies (ticket_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ticket_replies, tickets, ticket_counters`);
  }
}
