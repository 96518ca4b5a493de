import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A page of a subtree's subscribers walks an index in id order (issue 17). The range on owner_path
 * (`LIKE '/1/2/9/%'`) is in path order, so a deep subtree's page walked the primary key backwards past every row
 * outside it; the subscriber lists state a subtree as an equality on the owner path's field at its root's level
 * instead (scopedByLevelSql), which these indexes serve in id order: one per level an operator can sit at below the
 * root (reseller, sub-reseller, retailer). Expressions rather than stored columns: a move re-files them with
 * owner_path. owner_path is included so that a count of a subtree's subscribers (no join) reads the index alone.
 */
export class SubtreeLevels1764000000550 implements MigrationInterface {
  name = 'SubtreeLevels1764000000550';

  async up(q: QueryRunner): Promise<void> {
    for (const [field, name] of SUBSCRIBER_LEVEL_INDEXES) {
      await q.query(`CREATE INDEX ${name} ON subscribers ((split_part(owner_path, '/', ${field})), id) INCLUDE (owner_path)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ${SUBSCRIBER_LEVEL_INDEXES.map(([, name]) => name).join(', ')}`);
  }
}

/** The owner path's field of each level (in `/1/2/9/40/`, reseller 2 is field 3) and its index. */
const SUBSCRIBER_LEVEL_INDEXES: [number, string][] = [
  [3, 'subscribers_reseller_idx'],
  [4, 'subscribers_subreseller_idx'],
  [5, 'subscribers_retailer_idx'],
];
