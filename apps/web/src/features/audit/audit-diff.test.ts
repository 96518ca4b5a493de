/// <reference types="jest" />
import { summarizeChanges } from './audit-diff';

describe('an entry’s changes in words', () => {
  it('lists only the fields that changed, before → after', () => {
    const s = summarizeChanges({ before: { name: 'A', phone: '1' }, after: { name: 'A', phone: null } });
    expect(s.fields).toEqual([{ field: 'Phone', kind: 'changed', before: '1', after: '—' }]);
  });

  it('computes permissions added and removed from before/after arrays, with the catalog’s labels', () => {
    const s = summarizeChanges({ before: { grants: ['add_role'], revokes: [] }, after: { grants: ['edit_role'], revokes: ['add_role'] } });
    expect(s.permissions.map((p) => [p.title, p.added.map((k) => k.key), p.removed.map((k) => k.key)])).toEqual([
      ['Granted permissions', ['edit_role'], ['add_role']],
      ['Revoked permissions', ['add_role'], []],
    ]);
    expect(s.permissions[0].added[0].label).not.toBe('edit_role');
  });

  it('reads added/removed key lists and keeps the other facts', () => {
    const s = summarizeChanges({ added: ['add_role'], removed: [], version: 2 });
    expect(s.permissions[0].added.map((k) => k.key)).toEqual(['add_role']);
    expect(s.facts).toEqual([{ field: 'Version', value: '2' }]);
  });

  it('names account types and shows a creation as the values recorded', () => {
    const s = summarizeChanges({ after: { type: 6, scope: 'direct' } });
    expect(s.fields).toEqual([
      { field: 'Type', kind: 'set', before: '—', after: 'Reseller Staff' },
      { field: 'Scope', kind: 'set', before: '—', after: 'direct' },
    ]);
  });
});
