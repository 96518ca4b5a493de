import './compile-cache';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { waitForServices } from '@tiergate/db';
import { createApp } from './app.factory';
import { loadApiConfig } from './config/config';
import { asyncStdout } from './logging/app-logger';

async function main() {
  const config = loadApiConfig();
  const logger = new Logger('Tiergate');
  await waitForServices(config, config.STARTUP_RETRY_SECONDS, (m) => logger.warn(m));
  const app = await createApp(config, asyncStdout());
  app.enableShutdownHooks();
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.log(`API listening on http://${config.HOST}:${config.PORT}/api (docs at /api/docs)`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
