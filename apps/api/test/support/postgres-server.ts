import { ChildProcessByStdio, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface, Interface } from 'node:readline';
import { Readable, Writable } from 'node:stream';

const ROOT = path.resolve(__dirname, '../../../..');

/**
 * A private PostgreSQL that a test stops and restarts under a running API. It runs in postgres-process.mjs
 * (scripts/services.mjs, as `pnpm test` starts its own), driven line by line over that process's stdin/stdout.
 */
export class PostgresServer {
  private constructor(
    private readonly child: ChildProcessByStdio<Writable, Readable, null>,
    private readonly lines: AsyncIterator<string>,
    private readonly reader: Interface,
    readonly url: string,
  ) {}

  static async start(): Promise<PostgresServer> {
    const dir = path.join(ROOT, '.data', `faults-${randomBytes(4).toString('hex')}`);
    const child = spawn(process.execPath, [path.join(__dirname, 'postgres-process.mjs'), dir], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const reader = createInterface({ input: child.stdout });
    const lines = reader[Symbol.asyncIterator]();
    const { url } = await next(lines);
    return new PostgresServer(child, lines, reader, url);
  }

  /** A fast shutdown (SIGINT): open sessions are terminated, as when an operator restarts the server. */
  stop() {
    return this.command('stop');
  }

  start() {
    return this.command('start');
  }

  /** Stops the server and removes its data. */
  async destroy() {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end();
    await exited;
    this.reader.close();
  }

  private async command(line: 'stop' | 'start') {
    this.child.stdin.write(`${line}\n`);
    const answer = await next(this.lines);
    if (answer.done !== line) throw new Error(`postgres-process answered ${JSON.stringify(answer)} to ${line}`);
  }
}

async function next(lines: AsyncIterator<string>): Promise<Record<string, string>> {
  const { value, done } = await lines.next();
  if (done) throw new Error('postgres-process ended (see its output above)');
  return JSON.parse(value);
}
