import { defineConfig } from '@playwright/test';
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
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  // Each spec builds its own accounts and roles through the API (e2e/support.ts), so files run side by side.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
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
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser of its own here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node e2e/serve.mjs',
    url: baseURL,
    timeout: 90_000,
    reuseExistingServer: false,
    // serve.mjs stops the API, worker and panel, then drops its database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
