import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { loadApiConfig } from './config/config';

async function main() {
  const config = loadApiConfig();
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  new Logger('Tiergate').log(`API listening on http://localhost:${config.PORT}/api (docs at /api/docs)`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
