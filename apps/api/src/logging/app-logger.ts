import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger, stdTimeFunctions } from 'pino';

/** Nest's start-up chatter: a line per module and per route, which tells an operator nothing. */
const STARTUP_LISTINGS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Secrets an object logged by hand might hold; the request lines never hold them, so only the app's logs redact. */
const REDACTED_PATHS = [
  'password',
  'refreshToken',
  'accessToken',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
  '*.authorization',
  '*.headers.authorization',
  '*.headers.cookie',
];

/** JSON lines to `destination`: `{level, time, pid, hostname, …, msg}`. */
export function requestLogger(destination: DestinationStream): Logger {
  return pino({ level: 'info', timestamp: stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, destination);
}

/** Lines are written in batches of at least this many bytes (~20 request lines), or every FLUSH_MS. */
const BATCH_BYTES = 4096;
const FLUSH_MS = 1000;

/**
 * Standard output written asynchronously and in batches, so that a request never waits for a log write and lines do
 * not cost a system call each; a quiet API's lines still leave within FLUSH_MS, and what is buffered at exit is written.
 */
export function asyncStdout(): ReturnType<typeof pino.destination> {
  const destination = pino.destination({ fd: 1, sync: false, minLength: BATCH_BYTES });
  setInterval(() => destination.flush(), FLUSH_MS).unref();
  process.on('exit', () => destination.flushSync());
  return destination;
}

/** Nest's own logs as JSON lines through pino (`context` named, objects merged in, secrets redacted), without the start-up listing. */
export class AppLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(requests: Logger) {
    this.pino = requests.child({}, { redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
  }

  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]) {
    if (STARTUP_LISTINGS.has(params.at(-1) as string)) return;
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last; an Error goes under `err`, any other object is merged into the line. */
  private write(level: pino.Level, message: unknown, params: unknown[]) {
    const fields: Record<string, unknown> = params.length ? { context: params.at(-1) } : {};
    if (message instanceof Error) this.pino[level]({ ...fields, err: message });
    else if (typeof message === 'object') this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}
