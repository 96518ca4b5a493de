// Relative: jest resolves globalSetup without moduleNameMapper.
import { createDataSource } from '../../../../libs/db/src';
import { Client } from 'pg';

/** The run's own template: runs sharing one PostgreSQL (TEST_DATABASE_URL) must not drop each other's. */
export function templateDb(): string {
  return process.env.TEST_TEMPLATE_DB!;
}

/** Migrates a template database once; each test file then clones it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup() {
  // Set before jest starts its workers, which inherit it.
  process.env.TEST_TEMPLATE_DB = `tiergate_template_${process.pid}`;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl || !process.env.TEST_REDIS_URL) {
    throw new Error('TEST_DATABASE_URL and TEST_REDIS_URL are not set: run the tests with `pnpm test`, which starts PostgreSQL and Redis');
  }
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${templateDb()}`);
  await client.query(`CREATE DATABASE ${templateDb()}`);
  await client.end();
  const db = await createDataSource(databaseUrl(adminUrl, templateDb())).initialize();
  await db.runMigrations({ transaction: 'all' });
  await db.destroy();
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
