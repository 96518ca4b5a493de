import 'reflect-metadata';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { waitForServices } from '@tiergate/db';
import { parseArgs } from 'node:util';
import type { Command } from './command';
import { loadWorkerConfig, WORKER_ENVIRONMENT } from './config';
import { generateInvoicesCommand } from './generate-invoices.command';
import { sendMessagesCommand } from './send-messages.command';
import { WorkerModule } from './worker.module';

/** After SIGTERM/SIGINT the process is gone within this, whatever is still open (PostgreSQL rolls it back). */
const STOP_DEADLINE_MS = 4000;

const logger = new Logger('Tiergate');

const COMMANDS: Record<string, Command> = {
  run: { summary: 'consume the job queue until SIGTERM or SIGINT (the default)', run: runWorker },
  'generate-invoices': generateInvoicesCommand,
  'send-messages': sendMessagesCommand,
};

function usage(): string {
  const width = Math.max(...WORKER_ENVIRONMENT.map(([name]) => name.length));
  return [
    'Usage: node apps/worker/dist/main.js [command]     (pnpm worker [command])',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).flatMap(([name, c]) => [
      `  ${name.padEnd(width)}  ${c.summary}`,
      ...Object.entries(c.options ?? {}).map(
        ([option, o]) => `    ${`--${option}${o.valueName ? ` <${o.valueName}>` : ''}`.padEnd(width - 2)}  ${o.description}`,
      ),
    ]),
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
  const args = process.argv.slice(2);
  const named = args[0] !== undefined && !args[0].startsWith('-');
  const name = named ? args[0] : 'run';
  const command = COMMANDS[name];
  if (!command) throw new Error(`unknown command: ${name}\n\n${usage()}`);
  const { values, positionals } = parseArgs({
    args: named ? args.slice(1) : args,
    options: { help: { type: 'boolean', short: 'h' }, ...command.options },
    allowPositionals: true,
  });
  if (values.help) return console.log(usage());
  if (positionals.length) throw new Error(`unexpected argument: ${positionals.join(' ')}\n\n${usage()}`);
  await command.run(values);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
