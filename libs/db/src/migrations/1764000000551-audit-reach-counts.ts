import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An audit page's total (its count, capped at 10,001) read every counted entry from the table (issue 17): R12's
 * exceptions test target_type and target_path, which the reach indexes did not hold, so a reseller's count fetched
 * ~5,500 heap pages. With both included, the count of an operator (reach_path) and of a direct-scope manager
 * (principal_id) is an index-only scan (~75 pages); the pages themselves keep their plans.
 */
export class AuditReachCounts1764000000551 implements MigrationInterface {
  name = 'AuditReachCounts1764000000551';

  async up(q: QueryRunner): Promise<void> {
    await this.reachIndexes(q, 'INCLUDE (target_type, target_path)');
  }

  async down(q: QueryRunner): Promise<void> {
    await this.reachIndexes(q, '');
  }

  private async reachIndexes(q: QueryRunner, include: string): Promise<void> {
    await q.query(`DROP INDEX audit_reach_path_idx, audit_principal_idx`);
    await q.query(`CREATE INDEX audit_reach_path_idx ON audit_log (reach_path text_pattern_ops, id) ${include}`);
    await q.query(`CREATE INDEX audit_principal_idx ON audit_log (principal_id, id) ${include}`);
  }
}
