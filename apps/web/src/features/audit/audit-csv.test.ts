/// <reference types="jest" />
import type { AuditEntry } from '../../api/types';
import { auditCsv, csvCell, csvLine } from './audit-csv';

describe('Export CSV (RFC 4180, no formula injection)', () => {
  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\r\nlines', 42, null])).toBe('plain,"a,b","say ""hi""","two\r\nlines",42,');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+2', '+8801710000000', '-5', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell(-5)).toBe('-5'); // numbers are numbers
  });

  it('writes a header and one CRLF-terminated line per entry', () => {
    const entry: AuditEntry = {
      id: 7,
      at: '2026-01-02T03:04:05.000Z',
      actorId: 1,
      actorName: '=evil',
      actorType: 1,
      principalId: 1,
      ip: '127.0.0.1',
      userAgent: 'node',
      action: 'role.create',
      targetType: 'role',
      targetId: '3',
      targetLabel: 'branch-x',
      changes: { after: { name: 'x' } },
    };
    const lines = auditCsv([entry]).split('\r\n');
    expect(lines[0]).toMatch(/^Entry ID,Time \(UTC\),/);
    expect(lines[1]).toBe(`7,2026-01-02T03:04:05.000Z,1,'=evil,Admin,role.create,Created a role,role,3,branch-x,127.0.0.1,node,"{""after"":{""name"":""x""}}"`);
    expect(lines[2]).toBe('');
  });
});
