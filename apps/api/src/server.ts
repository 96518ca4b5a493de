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
  const logs = asyncStdout();
  const app = await createApp(config, logs);
  // On a signal: the application's shutdown hooks, then the lines still buffered. (Nest's enableShutdownHooks would
  // raise the signal again after closing, which ends the process before any 'exit' handler could write them.)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => void app.close().finally(() => (logs.flushSync(), process.exit(0))));
  }
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.log(`API listening on http://${config.HOST}:${config.PORT}/api (docs at /api/docs)`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
