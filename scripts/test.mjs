#!/usr/bin/env node
// `pnpm test`: every test (jest: libs, API, worker; Playwright: the SPA in Chromium) against a throwaway
// PostgreSQL and Redis on free ports, unless TEST_DATABASE_URL / TEST_REDIS_URL name existing ones.
// Ends with the plain line `N passed, N failed`. `--build` (what `pnpm test` passes) builds every package
// first, once the tools the run needs are known to be there; jest arguments run those tests only.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REDIS_MISSING, redisServerBinary, startPostgres, startRedis } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// One folder per run, so that several runs on one checkout do not remove each other's database.
const work = path.join(root, '.data', `test-${process.pid}`);
const build = process.argv[2] === '--build';
const extraArgs = process.argv.slice(build ? 3 : 2);

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const stops = [];
async function cleanup() {
  // Once only, latest first, however many signals arrive (a terminal's Ctrl-C reaches npm and its child too).
  while (stops.length)
    await stops
      .pop()()
      .catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanup().then(() => process.exit(130)));

if (!process.env.TEST_REDIS_URL && !redisServerBinary()) {
  console.error(REDIS_MISSING.replace('REDIS_URL', 'TEST_REDIS_URL'));
  process.exit(1);
}
if (build && (await run('node', ['scripts/build.mjs'])) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** "file › title [project]" of each test of a Playwright JSON report whose outcome is flaky. */
function flakyTests(suites) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.filter((t) => t.status === 'flaky').map((t) => `${spec.file} › ${spec.title} [${t.projectName}]`)),
    ...flakyTests(suite.suites ?? []),
  ]);
}

let passed = 0;
let failed = 0;
try {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  let databaseUrl = process.env.TEST_DATABASE_URL;
  let redisUrl = process.env.TEST_REDIS_URL;
  if (!databaseUrl) {
    const pg = await startPostgres({ dir: path.join(work, 'pg'), persistent: false });
    stops.push(pg.stop);
    databaseUrl = pg.url;
  }
  if (!redisUrl) {
    const redis = await startRedis();
    stops.push(redis.stop);
    redisUrl = redis.url;
  }
  console.log(`tests use PostgreSQL ${databaseUrl.replace(/:[^:@/]+@/, ':***@')} and Redis ${redisUrl}`);
  // How much longer than on a quiet machine a test may wait for a condition before it gives up (jest's test
  // timeout, waitFor's, Playwright's limits): CI shares its two cores with other work.
  const timeScale = process.env.TEST_TIME_SCALE ?? (process.env.CI ? '3' : '1.5');
  const env = { TEST_DATABASE_URL: databaseUrl, TEST_REDIS_URL: redisUrl, TEST_TIME_SCALE: timeScale };

  if (!extraArgs.length) {
    // Types of every package, tests included (jest's swc transform strips them unchecked): counted as one test.
    const typecheck = await run('pnpm', ['-r', '--workspace-concurrency=2', 'run', 'typecheck']);
    if (typecheck === 0) passed += 1;
    else failed += 1;

    // The OpenAPI document against Redocly's recommended rules, counted as one test. It lints apps/api/openapi.json,
    // which apps/api/test/openapi.spec.ts keeps equal to the document the API serves.
    console.log('OpenAPI lint (Redocly, recommended rules) of apps/api/openapi.json:');
    const lint = await run('pnpm', ['--filter', '@tiergate/api', 'run', 'lint:openapi'], { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' });
    if (lint === 0) passed += 1;
    else {
      failed += 1;
      console.log('OpenAPI lint FAILED: see the errors above (`pnpm --filter @tiergate/api lint:openapi`).');
    }

    // ESLint, Prettier and the import-circle check (`pnpm lint`): counted as one test too.
    if ((await run('pnpm', ['lint'])) === 0) passed += 1;
    else failed += 1;
  }

  const jestReport = path.join(work, 'jest.json');
  await run('node', ['node_modules/jest/bin/jest.js', '--maxWorkers=2', '--json', `--outputFile=${jestReport}`, ...extraArgs], env);
  if (existsSync(jestReport)) {
    const report = JSON.parse(readFileSync(jestReport, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  } else {
    failed += 1;
  }

  if (!extraArgs.length) {
    const pwReport = path.join(work, 'playwright.json');
    await run('pnpm', ['--filter', '@tiergate/web', 'exec', 'playwright', 'test'], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwReport });
    if (existsSync(pwReport)) {
      const report = JSON.parse(readFileSync(pwReport, 'utf8'));
      // A test that failed once and passed on its retry (playwright.config.ts allows one) counts as passed, and is
      // named here so that it is looked into rather than hidden.
      const flaky = flakyTests(report.suites ?? []);
      for (const title of flaky) console.log(`flaky (failed, then passed on its retry): ${title}`);
      passed += report.stats.expected + report.stats.flaky;
      failed += report.stats.unexpected + (report.errors?.length ?? 0);
    } else {
      failed += 1;
    }
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  failed += 1;
} finally {
  await cleanup();
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
