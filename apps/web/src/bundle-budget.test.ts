/**
 * @jest-environment node
 */
/// <reference types="jest" />
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Issue 8 item 9: the initial download of the panel stays under 300 KB gzip. "Initial" is what a browser fetches
 * before the first screen can render: index.html, the entry script and stylesheets it names, the modules it
 * preloads, and whatever those import statically. The screens' lazy chunks (dynamic import()) are not counted.
 * Reads the build (apps/web/dist): `pnpm test` builds first; after an edit, `pnpm --filter @tiergate/web build`.
 */
const BUDGET_BYTES = 300 * 1000;
const dist = path.resolve(__dirname, '../dist');

/** Static imports of a built chunk (`import{a}from"./x.js"`, `import"./y.js"`); import("./z.js") is lazy and left out. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?<![\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) found.push(m[1]);
  for (const m of code.matchAll(/(?<![\w$.])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g)) found.push(m[1]);
  return found;
}

export function initialDownload(): { files: { file: string; gzip: number }[]; total: number } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const queue: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(https?:)?\/\//.test(url)) continue;
    if (tag.startsWith('<link') && !/\brel="(stylesheet|modulepreload)"/.test(tag)) continue;
    queue.push(path.join(dist, url.replace(/^\//, '')));
  }
  const seen = new Set<string>();
  const files = [{ file: 'index.html', gzip: gzipSync(html, { level: 9 }).length }];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const content = readFileSync(file);
    files.push({ file: path.relative(dist, file), gzip: gzipSync(content, { level: 9 }).length });
    if (file.endsWith('.js')) for (const spec of staticImports(content.toString('utf8'))) queue.push(path.resolve(path.dirname(file), spec));
  }
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

describe('the panel’s initial download', () => {
  if (!existsSync(path.join(dist, 'index.html'))) {
    it('needs the build: run `pnpm --filter @tiergate/web build` (pnpm test builds first)', () => {
      throw new Error(`${dist}/index.html is missing`);
    });
    return;
  }
  const { files, total } = initialDownload();
  it(`is under ${kb(BUDGET_BYTES)} gzip (now ${kb(total)} in ${files.length} files)`, () => {
    const detail = files.map((f) => `${f.file}: ${kb(f.gzip)}`).join(', ');
    if (total > BUDGET_BYTES) throw new Error(`the initial download is ${kb(total)} gzip, over the budget of ${kb(BUDGET_BYTES)}: ${detail}`);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('leaves the screens out of it: each route is a chunk of its own, loaded when opened', () => {
    const initial = new Set(files.map((f) => path.basename(f.file)));
    for (const page of ['roles-page', 'users-page', 'subscribers-page', 'audit-page']) {
      expect([...initial].filter((f) => f.startsWith(`${page}-`))).toEqual([]);
    }
  });
});
