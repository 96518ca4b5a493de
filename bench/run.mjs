#!/usr/bin/env node
// `pnpm bench [topic…]`: builds what changed, starts one throwaway PostgreSQL 18 and Redis, runs every module of
// bench/ that exports `run` (by `order`) against one harness (bench/harness.mjs), and writes docs/performance.md.
// With topics (file names without .mjs) it runs only those and writes their sections to stdout and to
// .data/bench/<topic>.md; docs/performance.md is written by a full run only. Not part of `pnpm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startPostgres, startRedis } from '../scripts/services.mjs';
import { createHarness, markdownTable, root } from './harness.mjs';

const topics = process.argv.slice(2);
const benchDir = path.join(root, 'bench');
const outDir = path.join(root, '.data/bench');

/** The modules of bench/: a file exporting `run` (read first: an old-style script would run on import). */
function modules() {
  const found = readdirSync(benchDir)
    .filter((file) => file.endsWith('.mjs') && !['harness.mjs', 'run.mjs'].includes(file))
    .map((file) => ({ topic: file.slice(0, -4), file: path.join(benchDir, file) }))
    .filter(({ file }) => {
      const isModule = /^export (async )?function run\b|^export const run\b/m.test(readFileSync(file, 'utf8'));
      if (!isModule && !topics.length) console.error(`(bench/${path.basename(file)} exports no run(h): not a benchmark module, left out)`);
      return isModule;
    });
  const unknown = topics.filter((t) => !found.some((m) => m.topic === t));
  if (unknown.length) {
    console.error(`no benchmark module ${unknown.join(', ')}; there are: ${found.map((m) => m.topic).join(', ')}`);
    process.exit(2);
  }
  return found.filter((m) => !topics.length || topics.includes(m.topic));
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

const stops = [];
let stopping = null;
/** Set by Ctrl-C: what the modules measured since is not a run's result, and nothing is written. */
let interrupted = false;
/** Stops the children, then the services; every caller (a signal, a fault, the end) waits for the same stop. */
function stopAll() {
  stopping ??= (async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  })();
  return stopping;
}
// A fault no module caught (a promise a module left unawaited): stop everything rather than leave it running.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, async (e) => {
    console.error(`\n${event}:`, e);
    await stopAll();
    process.exit(1);
  });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the benchmark's processes and services…`);
    await stopAll();
    process.exit(130);
  });
}

const selected = modules();
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const startedAt = new Date();
const loadAtStart = loadAverage();
// What was built and measured: the checkout as the run starts (later edits are not in it).
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : '';
let exitCode = 0;
try {
  const pg = await startPostgres({ dir: path.join(outDir, `pg-${process.pid}`), persistent: false });
  stops.push(pg.stop);
  const redis = await startRedis();
  stops.push(redis.stop);
  const run = createHarness({ pg, redis });
  stops.push(run.close);
  const { h, report } = run;
  const pgVersion = (await h.sql.query('SHOW server_version')).rows[0].server_version;

  const loaded = [];
  for (const m of selected) {
    const mod = await import(pathToFileURL(m.file).href);
    loaded.push({ ...m, title: mod.title ?? m.topic, order: mod.order ?? 100, run: mod.run });
  }
  loaded.sort((a, b) => a.order - b.order || a.topic.localeCompare(b.topic));
  for (const m of loaded) {
    console.error(`\n▶ ${m.topic}: ${m.title}`);
    const section = run.begin(m);
    try {
      await m.run(h);
    } catch (e) {
      if (interrupted) break; // its processes were stopped under it
      exitCode = 1;
      console.error(e);
      section.blocks.push(`**This module failed:**\n\n\`\`\`\n${e instanceof Error ? e.stack : e}\n\`\`\``);
      report.checks.push({ module: m.title, label: 'the module ran to its end', ok: false, detail: e instanceof Error ? e.message.split('\n')[0] : String(e) });
    } finally {
      await run.end();
    }
    if (interrupted) break;
    console.error(`  (${section.seconds.toFixed(0)} s)`);
  }

  if (interrupted) await new Promise(() => undefined); // the signal's handler exits once everything has stopped
  const finishedAt = new Date();
  const sectionOf = (m) =>
    [`## ${m.title}`, `_\`bench/${m.topic}.mjs\`, ${m.seconds.toFixed(0)} s, load average ${m.load.toFixed(1)} at its start._`, ...m.blocks].join('\n\n');
  const header = [
    '# Performance',
    '',
    `_Generated by \`pnpm bench\` (bench/run.mjs); do not edit by hand. Earlier figures are in this file's git history._`,
    '',
    markdownTable(
      ['Run', ''],
      [
        ['Date (UTC)', `${startedAt.toISOString().replace('T', ' ').slice(0, 16)} – ${finishedAt.toISOString().slice(11, 16)}`],
        ['Commit', `${commit}${dirty}`],
        ['Machine', `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
        ['Node', process.version],
        ['PostgreSQL', `${pgVersion} (throwaway, fsync off)`],
        ['Load average (1 / 5 / 15 min)', `at start ${loadAtStart}; at end ${loadAverage()}`],
      ],
    ),
    '',
    'Ratios compare figures taken in the same interleaved rounds on this machine; absolute figures move with its load.',
  ].join('\n');
  const summary = report.checks.length
    ? [
        '## Summary',
        markdownTable(
          ['', 'Target', 'Measured', 'Benchmark'],
          report.checks.map((c) => [c.ok ? '✅' : '❌', c.label, c.detail, c.module]),
        ),
      ].join('\n\n')
    : '';
  mkdirSync(outDir, { recursive: true });
  // As `pnpm lint` (prettier --check) wants the committed document: tables aligned.
  const prettier = await import('prettier');
  const formatted = async (markdown, file) => prettier.format(markdown, { ...(await prettier.resolveConfig(file)), filepath: file });
  if (topics.length) {
    for (const m of report.modules) {
      const text = await formatted(sectionOf(m), path.join(outDir, `${m.topic}.md`));
      writeFileSync(path.join(outDir, `${m.topic}.md`), text);
      process.stdout.write(`\n${text}`);
    }
    if (summary) process.stdout.write(`\n${summary}\n`);
    console.error(`\n(a run of some modules: docs/performance.md is left as it is; the sections are in ${outDir}/<topic>.md)`);
  } else {
    const document = [header, summary, ...report.modules.map(sectionOf)].filter(Boolean).join('\n\n');
    const file = path.join(root, 'docs/performance.md');
    writeFileSync(file, await formatted(document, file));
    console.error('\nwrote docs/performance.md');
  }
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);
