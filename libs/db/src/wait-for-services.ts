import Redis from 'ioredis';
import { createDataSource } from './data-source';

/** What the API and the worker need before they start; each is named by the variable that sets it. */
export interface ServiceUrls {
  DATABASE_URL: string;
  REDIS_URL: string;
}

const FIRST_DELAY_MS = 250;
const LONGEST_DELAY_MS = 5000;
const REDIS_CONNECT_TIMEOUT_MS = 3000;

/** Errors that waiting can cure: the server is not up yet, or not reachable yet. Anything else (a wrong
 * password, a database that does not exist) is reported at once. */
const TRANSIENT = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P03', // PostgreSQL: the database system is starting up
  '53300', // PostgreSQL: too many connections
]);

/**
 * Waits until PostgreSQL and Redis answer, retrying with exponential backoff (250 ms doubling to 5 s) for at
 * most `retrySeconds`; each failure is reported through `warn` naming the variable, e.g.
 * `DATABASE_URL: cannot connect to 127.0.0.1:5999 (ECONNREFUSED); retrying in 1 s`. Rejects, naming the
 * variable, when time is up or on an error that waiting cannot cure.
 */
export async function waitForServices(urls: ServiceUrls, retrySeconds: number, warn: (message: string) => void): Promise<void> {
  const started = Date.now();
  const wait = { allowedMs: retrySeconds * 1000, deadline: started + retrySeconds * 1000, over: false };
  try {
    await Promise.all([retry('DATABASE_URL', urls.DATABASE_URL, pingPostgres, wait, warn), retry('REDIS_URL', urls.REDIS_URL, pingRedis, wait, warn)]);
  } finally {
    wait.over = true; // one failed for good: the other stops retrying too
  }
}

async function retry(
  variable: string,
  url: string,
  ping: (url: string) => Promise<void>,
  wait: { allowedMs: number; deadline: number; over: boolean },
  warn: (message: string) => void,
) {
  const where = hostAndPort(url);
  for (let delay = FIRST_DELAY_MS; !wait.over; delay = Math.min(delay * 2, LONGEST_DELAY_MS)) {
    try {
      return await ping(url);
    } catch (e) {
      const { code, message } = e as { code?: string; message: string };
      const transient = code !== undefined && TRANSIENT.has(code);
      const problem = `${variable}: cannot connect to ${where} (${transient && code.startsWith('E') ? code : message})`;
      if (!transient) throw new Error(problem, { cause: e });
      const left = wait.deadline - Date.now();
      if (left <= 0) throw new Error(`${problem}; gave up after ${formatSeconds(wait.allowedMs)}`, { cause: e });
      const pause = Math.min(delay, left);
      if (!wait.over) warn(`${problem}; retrying in ${formatSeconds(pause)}`);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

async function pingPostgres(url: string) {
  const db = createDataSource(url, { poolSize: 1 });
  try {
    await db.initialize();
  } finally {
    if (db.isInitialized) await db.destroy();
  }
}

/** ioredis rejects connect() with a bare "Connection is closed"; the cause comes through its error event. */
async function pingRedis(url: string) {
  let cause: Error | undefined;
  const redis = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: REDIS_CONNECT_TIMEOUT_MS });
  redis.on('error', (e) => (cause ??= e));
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    throw cause ?? e;
  } finally {
    redis.disconnect();
  }
}

function hostAndPort(url: string): string {
  try {
    const { hostname, port, protocol } = new URL(url);
    return `${hostname}:${port || (protocol.startsWith('redis') ? 6379 : 5432)}`;
  } catch {
    return 'the address given';
  }
}

const formatSeconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);
