import { createDataSource, MAX_PREPARED_STATEMENTS, preparedQuery } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { createTestDatabase } from './support/harness';

let db: DataSource;
beforeAll(async () => {
  db = await createDataSource(await createTestDatabase(), { poolSize: 1 }).initialize();
});
afterAll(() => db.destroy());

/** The statements prepared on the connection `m` runs on. */
const prepared = async (m: EntityManager): Promise<{ name: string; statement: string; generic_plans: number }[]> =>
  m.query(`SELECT name, statement, generic_plans::int FROM pg_prepared_statements ORDER BY name`);

describe('preparedQuery', () => {
  it('prepares a statement once per connection and runs it on a generic plan, with its values as parameters', async () => {
    await db.transaction(async (m) => {
      const text = `SELECT $1::int + 1 AS n`;
      const answers: number[] = [];
      for (let i = 0; i < 7; i++) answers.push((await preparedQuery<{ n: number }[]>(m, text, [i]))[0].n);
      expect(answers).toEqual([1, 2, 3, 4, 5, 6, 7]);
      const [statement] = (await prepared(m)).filter((s) => s.statement === text);
      expect(statement.name).toMatch(/^tiergate_\d+$/);
      expect(statement.generic_plans).toBeGreaterThan(0);
    });
  });

  it('runs a statement unprepared once a process has prepared as many texts as it may', async () => {
    await db.transaction(async (m) => {
      for (let i = 0; i <= MAX_PREPARED_STATEMENTS; i++) expect(await preparedQuery(m, `SELECT ${i} AS n, $1::int AS v`, [i])).toEqual([{ n: i, v: i }]);
      const statements = (await prepared(m)).map((s) => s.statement);
      expect(statements).toContain(`SELECT ${MAX_PREPARED_STATEMENTS - 2} AS n, $1::int AS v`);
      expect(statements).not.toContain(`SELECT ${MAX_PREPARED_STATEMENTS} AS n, $1::int AS v`);
    });
  });
});
