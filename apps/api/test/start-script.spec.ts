// `pnpm start` (scripts/start.mjs) refuses to start, before building or starting anything, when a port it
// needs is taken or redis-server is missing, and names what to change.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const START = path.resolve(__dirname, '../../../scripts/start.mjs');

function runStart(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [START], {
    env: { ...process.env, PORT: undefined, WEB_PORT: undefined, REDIS_URL: undefined, DATABASE_URL: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

function listen(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('pnpm start before anything starts', () => {
  it('names WEB_PORT when the panel port is taken, and builds nothing', async () => {
    const taken = await listen();
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const { code, output } = await runStart({ WEB_PORT: String(port), REDIS_URL: 'redis://127.0.0.1:1' });
      expect(code).toBe(1);
      expect(output).toBe(`Tiergate cannot start:\n  WEB_PORT ${port} is taken (something already listens on 127.0.0.1:${port}): set WEB_PORT=<a free port>\n`);
    } finally {
      taken.close();
    }
  });

  it('names PORT when a port set for the API is taken', async () => {
    const taken = await listen();
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const { code, output } = await runStart({ PORT: String(port), WEB_PORT: '1', REDIS_URL: 'redis://127.0.0.1:1' });
      expect(code).toBe(1);
      expect(output).toContain(`PORT ${port} is taken (something already listens on 127.0.0.1:${port}): set PORT=<a free port>`);
      expect(output).not.toContain('Building');
    } finally {
      taken.close();
    }
  });

  it('says how to get redis-server when it is missing and REDIS_URL is not set', async () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), 'tiergate-path-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const { code, output } = await runStart({ PATH: bin });
    rmSync(bin, { recursive: true });
    expect(code).toBe(1);
    expect(output).toContain('redis-server was not found. Install it (Debian/Ubuntu: apt-get install -y redis-server) or set REDIS_URL.');
    expect(output).not.toContain('Building');
  });
});
