import { Summary } from './reports.service';

/**
 * A cell of RFC 4180 CSV that a spreadsheet will not run: text starting with =, +, -, @, tab or CR is a formula
 * to Excel and LibreOffice, so it gets a leading apostrophe; then quotes are doubled and the cell quoted when needed.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (...cells: (string | number)[]) => cells.map(csvCell).join(',');

/** The summary as CSV: one block per section present (a title line, a header, rows), blocks separated by a blank line. */
export function summaryCsv(summary: Summary): string {
  const blocks: string[][] = [[line('report', 'from', 'to'), line('summary', summary.from, summary.to)]];
  const { payments, invoices, subscribers } = summary;
  if (payments) {
    blocks.push([line('payments'), line('total', 'count'), line(payments.total, payments.count)]);
    blocks.push([line('payments by day'), line('day', 'total', 'count'), ...payments.byDay.map((d) => line(d.day, d.total, d.count))]);
    blocks.push([line('payments by method'), line('method', 'total'), ...Object.entries(payments.byMethod).map(([m, total]) => line(m, total))]);
    blocks.push([
      line('payments by operator'),
      line('operator id', 'operator', 'total', 'count'),
      ...payments.byOperator.map((o) => line(o.ownerId, o.ownerName, o.total, o.count)),
    ]);
  }
  if (invoices) {
    blocks.push([line('invoices'), line('status', 'count', 'amount'), ...Object.entries(invoices).map(([status, t]) => line(status, t.count, t.amount))]);
  }
  if (subscribers) {
    blocks.push([line('subscribers'), line('status', 'count'), ...Object.entries(subscribers).map(([status, count]) => line(status, count))]);
  }
  return blocks.map((b) => b.map((l) => `${l}\r\n`).join('')).join('\r\n');
}
