import { DEFAULT_PREDEFINED_PERMISSIONS_DELAY_MS } from '@tiergate/access';
import type { GatewayLimits } from './message-providers';

export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** How often the sweeps look for roles still pending past their due time (R8) and grants past their expiry (R15). */
  sweepIntervalMs: number;
  concurrency: number;
  /** A job whose worker stops renewing its lock this long (it crashed) goes back to the queue for another worker. */
  lockDurationMs: number;
  /** How long an unreachable PostgreSQL or Redis is retried at start before giving up. */
  startupRetrySeconds: number;
  /** The HTTP message gateway's patience (message-providers.ts). */
  gateway: GatewayLimits;
  /** How often expiry reminders are looked for (each subscriber gets one per expiry date, however often). */
  reminderIntervalMs: number;
}

/** Every variable the worker reads, for `--help`; the loader below validates each. */
export const WORKER_ENVIRONMENT: [name: string, description: string][] = [
  ['DATABASE_URL', 'PostgreSQL, postgres://user:password@host:port/database (required)'],
  ['REDIS_URL', 'Redis, redis://host:port (required)'],
  ['QUEUE_PREFIX', "prefix of the queue keys in Redis, as the API's (default tiergate)"],
  ['SWEEP_INTERVAL_MS', 'how often roles still pending past their due time, and grants past their expiry, are looked for (default 30000)'],
  ['WORKER_CONCURRENCY', 'jobs run at once (default 4)'],
  ['WORKER_LOCK_DURATION_MS', 'after this long without word from a crashed worker, its job is run by another (default 30000)'],
  ['STARTUP_RETRY_SECONDS', 'how long an unreachable database or Redis is retried at start before exit 1 (default 30)'],
  ['MESSAGE_GATEWAY_TIMEOUT_MS', 'how long the HTTP message gateway may take to answer one message (default 10000)'],
  ['MESSAGE_GATEWAY_ATTEMPTS', 'tries per message when the gateway fails or does not answer (default 3)'],
  ['MESSAGE_GATEWAY_BACKOFF_MS', 'wait before the second try, doubled for each further one (default 1000)'],
  ['REMINDER_INTERVAL_MS', 'how often expiry reminders are looked for, when switched on (default 3600000)'],
];

/** Fails fast, naming the variable. JWT_SECRET is read by the API only; the worker signs nothing. */
export function loadWorkerConfig(env: Record<string, string | undefined> = process.env): WorkerConfig {
  const problems: string[] = [];
  const need = (key: string, pattern: RegExp, hint: string) => {
    const value = env[key];
    if (!value || !pattern.test(value)) problems.push(`${key} ${hint}`);
    return value ?? '';
  };
  const int = (key: string, fallback: number, min: number) => {
    const raw = env[key];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) problems.push(`${key} must be an integer of at least ${min}`);
    return n;
  };
  const config: WorkerConfig = {
    databaseUrl: need('DATABASE_URL', /^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    redisUrl: need('REDIS_URL', /^rediss?:\/\//, 'must be a redis:// URL'),
    queuePrefix: env.QUEUE_PREFIX || 'tiergate',
    sweepIntervalMs: int('SWEEP_INTERVAL_MS', Math.max(DEFAULT_PREDEFINED_PERMISSIONS_DELAY_MS / 2, 1000), 100),
    concurrency: int('WORKER_CONCURRENCY', 4, 1),
    lockDurationMs: int('WORKER_LOCK_DURATION_MS', 30000, 1000),
    startupRetrySeconds: int('STARTUP_RETRY_SECONDS', 30, 0),
    gateway: {
      timeoutMs: int('MESSAGE_GATEWAY_TIMEOUT_MS', 10_000, 100),
      attempts: int('MESSAGE_GATEWAY_ATTEMPTS', 3, 1),
      backoffMs: int('MESSAGE_GATEWAY_BACKOFF_MS', 1000, 0),
    },
    reminderIntervalMs: int('REMINDER_INTERVAL_MS', 3_600_000, 1000),
  };
  if (problems.length) throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}
