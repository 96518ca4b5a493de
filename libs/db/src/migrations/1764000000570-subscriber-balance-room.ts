import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Room on each subscribers page for its rows' next versions (issue 17): a balance change (a monthly run's invoice, a
 * payment) rewrites the row, and no index holds `balance`, so with room on the same page the new version is a HOT
 * update: no index entry is written (the table has eight indexes, one of them a trigram GIN index), and the old
 * version is pruned the next time the page is read, without VACUUM. A monthly run changes every row of a page in one
 * batch, so a page keeps half of itself free. CLUSTER rewrites the rows already there with that room, in id order
 * (which keyset pages read in); it takes an exclusive lock for the few seconds a million rows take.
 */
export class SubscriberBalanceRoom1764000000570 implements MigrationInterface {
  name = 'SubscriberBalanceRoom1764000000570';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE subscribers SET (fillfactor = 50)`);
    await q.query(`CLUSTER subscribers USING subscribers_pkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE subscribers SET WITHOUT CLUSTER`);
    await q.query(`ALTER TABLE subscribers RESET (fillfactor)`);
  }
}
