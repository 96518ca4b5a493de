import { ACCOUNT_TYPE_NAMES, isAccountType } from '@tiergate/access';
import { api, dataOf } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { actionInWords } from './audit-actions';
import { apiParams, type AuditFilters } from './audit-filters';
import { saveFile } from '../../components/save-file';

/** An export holds at most this many entries (the newest); the user is told when more matched. */
export const EXPORT_CAP = 10_000;
const EXPORT_PAGE = 200; // the API's largest page

/** Every entry of the filters, newest first, page after page, up to EXPORT_CAP. */
export async function fetchAllEntries(filters: AuditFilters, onProgress: (rows: number) => void): Promise<{ entries: AuditEntry[]; capped: boolean }> {
  const entries: AuditEntry[] = [];
  let cursor: string | undefined;
  do {
    const limit = Math.min(EXPORT_PAGE, EXPORT_CAP - entries.length);
    const page = await dataOf(api.GET('/api/audit', { params: { query: { ...apiParams(filters), cursor, limit } } }));
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    onProgress(entries.length);
  } while (cursor !== undefined && entries.length < EXPORT_CAP);
  return { entries, capped: cursor !== undefined };
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. A text cell that a
 * spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

const HEADER = [
  'Entry ID',
  'Time (UTC)',
  'Actor ID',
  'Actor',
  'Actor type',
  'Action',
  'Action in words',
  'Target type',
  'Target ID',
  'Target',
  'IP address',
  'User agent',
  'Changes (JSON)',
];

export function auditCsv(entries: AuditEntry[]): string {
  const lines = entries.map((e) =>
    csvLine([
      e.id,
      new Date(e.at).toISOString(),
      e.actorId,
      e.actorName,
      isAccountType(e.actorType) ? ACCOUNT_TYPE_NAMES[e.actorType] : '',
      e.action,
      actionInWords(e.action),
      e.targetType,
      e.targetId,
      e.targetLabel,
      e.ip,
      e.userAgent,
      e.changes ? JSON.stringify(e.changes) : '',
    ]),
  );
  return [csvLine(HEADER), ...lines].join('\r\n') + '\r\n';
}

/** Saves text as a file through the browser; a byte-order mark lets spreadsheet programs read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  saveFile(fileName, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
}

export function exportFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `action-log-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.csv`;
}
