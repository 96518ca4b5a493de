// An unreachable PostgreSQL or Redis at start: reported naming the variable, retried with backoff for a
// bounded time, then given up (exit 1 for the built worker; the API's main.ts calls the same waitForServices).
import { waitForServices } from '@tiergate/db';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const WORKER_MAIN = path.resolve(__dirname, '../dist/main.js');

/** A port on which nothing listens (taken from the system, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const reachable = () => ({ DATABASE_URL: process.env.TEST_DATABASE_URL!, REDIS_URL: process.env.TEST_REDIS_URL! });

describe('waiting for PostgreSQL and Redis at start', () => {
  it('returns at once when both answer', async () => {
    const warnings: string[] = [];
    await waitForServices(reachable(), 5, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
  });

  it('retries an unreachable Redis with growing pauses, naming REDIS_URL, and gives up after the time allowed', async () => {
    const port = await closedPort();
    const warnings: string[] = [];
    const outcome = waitForServices({ ...reachable(), REDIS_URL: `redis://127.0.0.1:${port}` }, 2, (m) => warnings.push(m));
    await expect(outcome).rejects.toThrow(`REDIS_URL: cannot connect to 127.0.0.1:${port} (ECONNREFUSED); gave up after 2 s`);
    expect(warnings.slice(0, 3)).toEqual(
      [250, 500, 1000].map((ms) => `REDIS_URL: cannot connect to 127.0.0.1:${port} (ECONNREFUSED); retrying in ${ms < 1000 ? `${ms} ms` : '1 s'}`),
    );
  });

  it('does not retry what waiting cannot cure: a wrong password is reported at once', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.password = 'not-the-password';
    const warnings: string[] = [];
    await expect(waitForServices({ ...reachable(), DATABASE_URL: url.toString() }, 30, (m) => warnings.push(m))).rejects.toThrow(
      /^DATABASE_URL: cannot connect to 127\.0\.0\.1:\d+ \(password authentication failed for user "postgres"\)$/,
    );
    expect(warnings).toEqual([]);
  });

  it('the built worker exits 1 naming DATABASE_URL once STARTUP_RETRY_SECONDS have passed', async () => {
    const port = await closedPort();
    const env = { ...process.env, ...reachable(), DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, STARTUP_RETRY_SECONDS: '1' };
    const worker = spawn(process.execPath, [WORKER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    worker.stdout.on('data', (c) => (output += c));
    worker.stderr.on('data', (c) => (output += c));
    const code = await new Promise((resolve) => worker.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain(`DATABASE_URL: cannot connect to 127.0.0.1:${port} (ECONNREFUSED); retrying in 250 ms`);
    expect(output).toContain(`DATABASE_URL: cannot connect to 127.0.0.1:${port} (ECONNREFUSED); gave up after 1 s`);
  });
});
