/// <reference types="jest" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS } from '@tiergate/access';
import { actionOptions, TARGET_TYPES } from './audit-actions';

const ROOT = join(__dirname, '../../../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** What the server can write, read from its source: the types hold writeAudit to the vocabulary; this holds the filter to it. */
function written(pattern: RegExp): Set<string> {
  const found = new Set<string>();
  for (const file of ['apps/api/src', 'apps/worker/src', 'libs/db/src'].flatMap((d) => sources(join(ROOT, d)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) for (const g of m.slice(1)) if (g) found.add(g);
  }
  return found;
}

describe('The Action log filter offers everything the API and the worker write', () => {
  const offered = new Set(actionOptions().flatMap((g) => g.items.map((i) => i.value)));

  it('offers every action of the vocabulary, and every action written in the server code', () => {
    for (const { action } of AUDIT_ACTIONS) expect(offered).toContain(action);
    const literal = written(/\baction: (?:[^,\n]*\? )?'([a-z_.]+)'(?: : '([a-z_.]+)')?/g);
    const inCalls = written(/this\.(?:record|change)\([^;]*?'([a-z_]+\.[a-z_.]+)'/g);
    const all = [...literal, ...inCalls];
    expect(all).toEqual(expect.arrayContaining(['balance.topup', 'balance.deduct', 'invoice.generate', 'payment.void']));
    expect(all.length).toBeGreaterThan(30);
    for (const action of all) expect(offered).toContain(action);
  });

  it('offers every target type written in the server code', () => {
    const types = written(/targetType: '([a-z-]+)'/g);
    expect([...types]).toEqual(expect.arrayContaining(['invoice', 'invoice-run', 'payment']));
    for (const type of types) expect(TARGET_TYPES.map((t) => t.value)).toContain(type);
  });
});
