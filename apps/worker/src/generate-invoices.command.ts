import { billingPeriodProblem, GenerationScope, InvoiceGenerationProgress } from '@tiergate/access';
import { createDataSource } from '@tiergate/db';
import { loadWorkerConfig } from './config';
import { CLI_ACTOR, GenerationOutcome, InvoiceGenerationService } from './invoice-generation.service';
import type { Command } from './command';

const BAR_WIDTH = 30;

/**
 * `pnpm worker generate-invoices --period 2026-11 [--owner <id>] [--dry-run]`: the monthly run, straight against the
 * database (no queue), for the whole installation or one operator's subtree. Audited as actor "cli".
 */
export const generateInvoicesCommand: Command = {
  summary: 'bill every active subscriber with a package once for a month, then print a summary',
  options: {
    period: { type: 'string', valueName: 'YYYY-MM', description: 'the month to bill (required)' },
    owner: { type: 'string', valueName: 'id', description: "only this operator's subtree (an account id); default: the whole installation" },
    'dry-run': { type: 'boolean', description: 'count what would be billed and write nothing' },
  },
  async run(values) {
    const period = String(values.period ?? '');
    const problem = billingPeriodProblem(period);
    if (problem) throw new Error(`--period ${problem}`);
    const owner = values.owner === undefined ? null : String(values.owner);
    if (owner !== null && !/^[1-9]\d{0,9}$/.test(owner)) throw new Error('--owner must be an account id');
    const config = loadWorkerConfig();
    const db = await createDataSource(config.databaseUrl, { poolSize: 2 }).initialize();
    try {
      const scope = await scopeOf(db.query.bind(db), owner);
      const service = new InvoiceGenerationService(db);
      const started = Date.now();
      const outcome = values['dry-run'] ? await service.preview(period, scope) : await service.generate(period, scope, CLI_ACTOR, progressReporter());
      console.log(summary(outcome, Boolean(values['dry-run']), Date.now() - started));
    } finally {
      await db.destroy();
    }
  },
};

async function scopeOf(query: (sql: string, params: unknown[]) => Promise<{ path: string }[]>, owner: string | null): Promise<GenerationScope> {
  if (owner === null) return { pathPrefix: '/' };
  const [account] = await query(`SELECT path FROM accounts WHERE id = $1 AND type IN (1, 3, 4, 5)`, [Number(owner)]);
  if (!account) throw new Error(`--owner ${owner}: no such operator (Admin, reseller, sub-reseller or retailer)`);
  return { pathPrefix: account.path };
}

/** A bar redrawn in place on a terminal; otherwise one plain line per tenth of the way. */
function progressReporter(): (p: InvoiceGenerationProgress) => void {
  let lastTenth = -1;
  return (p) => {
    const ratio = p.total ? p.done / p.total : 1;
    if (process.stdout.isTTY) {
      const filled = Math.round(ratio * BAR_WIDTH);
      process.stdout.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(ratio * 100)}% ${p.done}/${p.total}`);
      if (p.done >= p.total) process.stdout.write('\n');
    } else if (Math.floor(ratio * 10) > lastTenth) {
      lastTenth = Math.floor(ratio * 10);
      console.log(`progress ${Math.floor(ratio * 100)}% (${p.done}/${p.total}): ${p.created} created, ${p.skipped} skipped`);
    }
  };
}

/** The totals, then each subscriber not billed and why (R14: the run billed everyone else). */
function summary(o: GenerationOutcome, dryRun: boolean, ms: number): string {
  const time = `${(ms / 1000).toFixed(1)} s`;
  const failures = o.total - o.created - o.skipped;
  const lines = [
    dryRun
      ? `dry run: would create ${o.created}, skip ${o.skipped} (already billed), fail ${failures}, total amount ${o.amount}; nothing written (${time})`
      : `created ${o.created}, skipped ${o.skipped}, failed ${failures}, total amount ${o.amount}, time ${time}`,
    ...o.failed.map((f) => `  not billed: subscriber ${f.subscriberId}: ${f.reason}`),
  ];
  if (failures > o.failed.length) lines.push(`  … and ${failures - o.failed.length} more`);
  return lines.join('\n');
}
