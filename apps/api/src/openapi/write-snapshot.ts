import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppModule } from '../app.module';
import { loadApiConfig } from '../config/config';
import { OPENAPI_SNAPSHOT, openApiDocument, stableJson } from './document';

/**
 * `pnpm --filter @tiergate/api openapi`: writes the document the API serves to apps/api/openapi.json. The app is
 * built in Nest's preview mode (no provider runs), so neither PostgreSQL nor Redis is needed; the values below
 * only satisfy the config's validation.
 */
async function main() {
  const config = loadApiConfig({ DATABASE_URL: 'postgres://unused', REDIS_URL: 'redis://unused', JWT_SECRET: 'x'.repeat(32), ...process.env });
  const app = await NestFactory.create(AppModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix('api');
  writeFileSync(OPENAPI_SNAPSHOT, stableJson(openApiDocument(app)));
  await app.close();
  console.log(`wrote ${path.relative(process.cwd(), OPENAPI_SNAPSHOT)}`);
}

void main();
