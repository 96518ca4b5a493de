/**
 * @jest-environment node
 */
/// <reference types="jest" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SECURITY_HEADERS } from '../security-headers';

/**
 * The Docker image's nginx sends the headers vite preview sends (e2e/security-headers.spec.ts checks those as a
 * browser gets them): nginx.conf cannot read security-headers.ts, so this compares them, and that they reach
 * every page and error (`always`) of the panel's location.
 */
it('nginx.conf adds exactly the panel’s security headers to every answer of the panel', () => {
  const conf = readFileSync(path.resolve(__dirname, '../nginx.conf'), 'utf8').replace(/#.*$/gm, '');
  const panel = /location \/ \{([^}]*)\}/.exec(conf)?.[1] ?? '';
  const added = Object.fromEntries([...panel.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;\s*$/gm)].map((m) => [m[1], m[2]]));
  expect(added).toEqual(SECURITY_HEADERS);
  // Every add_header line is one of those (none left unparsed, e.g. without `always`), and none sits elsewhere.
  expect(conf.match(/add_header/g)).toHaveLength(Object.keys(SECURITY_HEADERS).length);
});

it('the policy allows no inline script and no framing', () => {
  const csp = Object.fromEntries(SECURITY_HEADERS['Content-Security-Policy'].split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
});

it('the built panel has no inline script, which the policy would block', () => {
  const html = readFileSync(path.resolve(__dirname, '../dist/index.html'), 'utf8');
  const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toMatch(/^<script\b[^>]*\bsrc="\/[^"]+"[^>]*><\/script>$/);
  expect(html).not.toMatch(/\son[a-z]+=/i);
});
