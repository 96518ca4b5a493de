import 'reflect-metadata';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { waitForServices } from '@tiergate/db';
import { parseArgs } from 'node:util';
import { loadWorkerConfig, WORKER_ENVIRONMENT } from './config';
import { WorkerModule } from './worker.module';

/** After SIGTERM/SIGINT the process is gone within this, whatever is still open (PostgreSQL rolls it back). */
const STOP_DEADLINE_MS = 4000;

const logger = new Logger('Tiergate');

interface Command {
  summary: string;
  run(): Promise<void>;
}

const COMMANDS: Record<string, Command> = {
  run: { summary: 'consume the job queue until SIGTERM or SIGINT (the default)', run: runWorker },
};

function usage(): string {
  const width = Math.max(...WORKER_ENVIRONMENT.map(([name]) => name.length));
  return [
    'Usage: node apps/worker/dist/main.js [command]     (pnpm worker [command])',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Environment:',
    ...WORKER_ENVIRONMENT.map(([name, description]) => `  ${name.padEnd(width)}  ${description}`),
    '',
    'Options:',
    `  ${'-h, --help'.padEnd(width)}  show this help`,
  ].join('\n');
}

async function runWorker() {
  const config = loadWorkerConfig();
  await waitForServices({ DATABASE_URL: config.databaseUrl, REDIS_URL: config.redisUrl }, config.startupRetrySeconds, (m) => logger.warn(m));
  const starting = NestFactory.createApplicationContext(WorkerModule.forRoot(config));
  // Before the start completes: the worker may take a job while the rest of it is still starting.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop(starting));
  await starting;
  logger.log(`worker running (sweep every ${config.sweepIntervalMs} ms)`);
  process.send?.('ready'); // `pnpm start` waits for this before it says the system is running
}

/** Stops taking jobs, hands back the ones it cannot finish in time (JobRunner), then closes connections. */
async function stop(starting: Promise<INestApplicationContext>) {
  setTimeout(() => {
    logger.warn(`still closing after ${STOP_DEADLINE_MS} ms: exiting anyway`);
    process.exit(0);
  }, STOP_DEADLINE_MS).unref();
  await (await starting).close();
  process.exit(0);
}

async function main() {
  const { values, positionals } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  const [name = 'run', ...rest] = positionals;
  const command = COMMANDS[name];
  if (values.help) return console.log(usage());
  if (!command || rest.length) throw new Error(`unknown command: ${positionals.join(' ')}\n\n${usage()}`);
  await command.run();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
