#!/usr/bin/env node
// `pnpm build`: each package's own build (tsc, or vite for the panel), in dependency order, skipping a package
// whose inputs are unchanged since its last build here. A package's inputs are its files (tests, end-to-end specs
// and outputs aside), the shared compiler settings, the lockfile, the inputs of the workspace packages it uses and
// the files it generates from (`from`); their digest is kept in its dist/ folder. `--force` builds everything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
/**
 * Dependency order; `uses` names the workspace packages whose sources a package compiles against, `from` the files
 * its build generates code from (the panel's API types from the API's OpenAPI document: scripts/api-types.mjs).
 */
const packages = [
  { dir: 'libs/access', uses: [] },
  { dir: 'libs/db', uses: ['libs/access'] },
  { dir: 'apps/api', uses: ['libs/access', 'libs/db'] },
  { dir: 'apps/worker', uses: ['libs/access', 'libs/db'] },
  { dir: 'apps/web', uses: ['libs/access'], from: ['apps/api/openapi.json'] },
];
const NOT_INPUTS = new Set(['node_modules', 'dist', 'test', 'e2e', 'test-results', 'playwright-report']);
// A generated file (`*.gen.ts`) is an output: its source is among the inputs (`from`).
const isNotInput = (name) => /\.(spec|test)\.tsx?$/.test(name) || name.endsWith('.tsbuildinfo') || name.endsWith('.gen.ts');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !NOT_INPUTS.has(entry.name) && !isNotInput(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

const digests = new Map();
let built = 0;
for (const pkg of packages) {
  const hash = createHash('sha256');
  for (const shared of ['tsconfig.base.json', 'pnpm-lock.yaml']) hash.update(readFileSync(path.join(root, shared)));
  for (const used of pkg.uses) hash.update(digests.get(used));
  for (const source of pkg.from ?? []) hash.update(source).update(readFileSync(path.join(root, source)));
  for (const file of files(path.join(root, pkg.dir))) hash.update(path.relative(root, file)).update(readFileSync(file));
  const digest = hash.digest('hex');
  digests.set(pkg.dir, digest);
  const stamp = path.join(root, pkg.dir, 'dist', '.build-digest');
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) continue;
  const started = Date.now();
  // A build that fails may still have written some of dist/: no stamp then, so the next build does it again.
  rmSync(stamp, { force: true });
  // npm runs a package's script as well as pnpm does, and is there even before pnpm is.
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: path.join(root, pkg.dir), stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build of ${pkg.dir} failed (${result.error?.message ?? `exit code ${result.status}`})`);
    process.exit(1);
  }
  writeFileSync(stamp, digest);
  built += 1;
  console.log(`built ${pkg.dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
if (!built) console.log('build: nothing changed since the last build');
