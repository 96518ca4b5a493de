import { DEFAULT_PREDEFINED_PERMISSIONS_DELAY_MS } from '@tiergate/access';

export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  /** How often the sweep looks for roles still pending past their due time (R8). */
  sweepIntervalMs: number;
  concurrency: number;
}

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
  };
  if (problems.length) throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}
