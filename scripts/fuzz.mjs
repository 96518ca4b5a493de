#!/usr/bin/env node
// `pnpm fuzz`: the seeded fuzzer of apps/api/test/fuzz.spec.ts at 10,000 requests with a fresh seed each run
// (`pnpm test` runs 2,000 with a fixed one), against a throwaway PostgreSQL and Redis like `pnpm test`.
// FUZZ_REQUESTS and FUZZ_SEED override both; the report names the seed that replays a run.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { FUZZ_REQUESTS: '10000', FUZZ_SEED: String(randomInt(2 ** 31)), ...process.env };
console.log(`fuzzing with FUZZ_SEED=${env.FUZZ_SEED} FUZZ_REQUESTS=${env.FUZZ_REQUESTS}`);
const child = spawn(process.execPath, [path.join(root, 'scripts/test.mjs'), 'apps/api/test/fuzz.spec.ts'], { cwd: root, stdio: 'inherit', env });
// test.mjs stops its PostgreSQL and Redis on SIGINT.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGINT'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
