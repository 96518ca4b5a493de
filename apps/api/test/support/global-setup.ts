// Relative: jest resolves globalSetup without moduleNameMapper.
import { createDataSource } from '../../../../libs/db/src';
import { Client } from 'pg';

export const TEMPLATE_DB = 'tiergate_template';

/** Migrates a template database once; each test file then clones it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup() {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl || !process.env.TEST_REDIS_URL) {
    throw new Error('TEST_DATABASE_URL and TEST_REDIS_URL are not set: run the tests with `pnpm test`, which starts PostgreSQL and Redis');
  }
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();
  const db = await createDataSource(databaseUrl(adminUrl, TEMPLATE_DB)).initialize();
  await db.runMigrations({ transaction: 'all' });
  await db.destroy();
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
