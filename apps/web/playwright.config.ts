import { defineConfig } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import net from 'node:net';

/** A free port, chosen once in the main process; the workers inherit it through the environment. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
process.env.E2E_PORT ??= String(await freePort());
// The database serve.mjs creates, named here so that a spec can reach it too (e2e/support.ts: e2eDatabase()).
process.env.E2E_DATABASE ??= `e2e_${randomBytes(4).toString('hex')}`;
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
/** Tests wait for conditions; these limits only say when to give up, longer on a busy machine (scripts/test.mjs). */
const scale = Number(process.env.TEST_TIME_SCALE ?? 1);

export default defineConfig({
  testDir: 'e2e',
  // Each spec builds its own accounts and roles through the API (e2e/support.ts), so files run side by side.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000 * scale,
  expect: { timeout: 10_000 * scale },
  // One retry, for a hiccup of the machine (a browser that does not start, a port that is briefly refused); a test
  // that passes only on its retry is reported as flaky by `pnpm test`, never hidden.
  retries: 1,
  projects: [
    { name: 'panel', testIgnore: /\.global\.spec\.ts$/ },
    // Specs that change what every account sees (module switches) run alone, once the others are done.
    { name: 'global settings', testMatch: /\.global\.spec\.ts$/, dependencies: ['panel'] },
  ],
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    actionTimeout: 15_000 * scale,
    navigationTimeout: 30_000 * scale,
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser of its own here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node e2e/serve.mjs',
    url: baseURL,
    timeout: 90_000 * scale,
    reuseExistingServer: false,
    // serve.mjs stops the API, worker and panel, then drops its database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
