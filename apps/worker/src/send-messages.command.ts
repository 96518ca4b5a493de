import { MAX_EXPIRING_IN_DAYS, MessageFilter, SendMessagesData, unknownPlaceholders } from '@tiergate/access';
import { createDataSource, writeAudit } from '@tiergate/db';
import { randomUUID } from 'node:crypto';
import type { Command } from './command';
import { loadWorkerConfig } from './config';
import { CLI_ACTOR } from './invoice-generation.service';
import { MessageSendingService } from './message-sending.service';

const STATUSES = ['active', 'suspended', 'expired'];

/**
 * `pnpm worker send-messages [--status s] [--owner id] [--expiring-in-days n] (--template id | --body "…") [--dry-run]`:
 * a group send of the whole installation (the conditions given all apply; none: every subscriber), straight against
 * the database with the branch's provider, within MAX_MESSAGE_RECIPIENTS. Audited as actor "cli".
 */
export const sendMessagesCommand: Command = {
  summary: 'send a template or a text to the subscribers a filter selects, then print what was sent',
  options: {
    status: { type: 'string', valueName: 'status', description: 'only subscribers with this status: active, suspended or expired' },
    owner: { type: 'string', valueName: 'id', description: "only this operator's own subscribers (an account id)" },
    'expiring-in-days': { type: 'string', valueName: 'n', description: `only subscribers expiring within n days (0-${MAX_EXPIRING_IN_DAYS})` },
    template: { type: 'string', valueName: 'id', description: 'the message template to send' },
    body: { type: 'string', valueName: 'text', description: 'or the text to send, with {{name}}, {{username}}, {{expiresAt}}, {{balance}}' },
    'dry-run': { type: 'boolean', description: 'count who would get a message and write nothing' },
  },
  async run(values) {
    const filter = filterOf(values);
    if ((values.template === undefined) === (values.body === undefined)) throw new Error('give either --template or --body');
    const config = loadWorkerConfig();
    const db = await createDataSource(config.databaseUrl, { poolSize: 2 }).initialize();
    try {
      const [admin] = await db.query(`SELECT branch_id, path FROM accounts WHERE type = 1 ORDER BY id LIMIT 1`);
      if (!admin) throw new Error('no Admin account: start the API once to create it');
      let body = values.body === undefined ? '' : String(values.body);
      if (values.template !== undefined) {
        const [template] = await db.query(`SELECT body FROM message_templates WHERE id = $1 AND branch_id = $2`, [
          idOf('--template', values.template),
          admin.branch_id,
        ]);
        if (!template) throw new Error(`--template ${values.template}: no such message template`);
        body = template.body;
      }
      const unknown = unknownPlaceholders(body);
      if (unknown.length) throw new Error(`Unknown placeholder${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
      if (!body.trim()) throw new Error('--body must not be empty');
      const service = new MessageSendingService(db, config.gateway);
      const data: SendMessagesData = {
        recipients: { filter },
        scope: { pathPrefix: '/' },
        body,
        templateId: values.template === undefined ? null : Number(values.template),
        branchId: admin.branch_id,
        requestedBy: null,
        operatorId: 0,
      };
      if (values['dry-run']) {
        const { total, skipped } = await service.preview(data);
        console.log(`dry run: would send ${total - skipped} messages (${skipped} subscribers skipped: no phone); nothing written`);
        return;
      }
      const jobId = `cli-${randomUUID()}`;
      await db.transaction((m) =>
        writeAudit(m, CLI_ACTOR, {
          action: 'message.send',
          targetType: 'message-job',
          targetId: jobId,
          targetLabel: 'Messages sent from the command line',
          targetPath: admin.path,
          changes: { after: { filter, templateId: data.templateId, body } },
        }),
      );
      const outcome = await service.send(jobId, data);
      console.log(`sent ${outcome.sent}, failed ${outcome.failed}, skipped ${outcome.skipped} (no phone); job ${jobId}`);
    } finally {
      await db.destroy();
    }
  },
};

function idOf(option: string, value: unknown): number {
  if (!/^[1-9]\d{0,9}$/.test(String(value)) || Number(value) > 2 ** 31 - 1) throw new Error(`${option} must be an id`);
  return Number(value);
}

function filterOf(values: Record<string, string | boolean | undefined>): MessageFilter {
  const filter: MessageFilter = {};
  if (values.status !== undefined) {
    if (!STATUSES.includes(String(values.status))) throw new Error(`--status must be one of ${STATUSES.join(', ')}`);
    filter.status = values.status as MessageFilter['status'];
  }
  if (values.owner !== undefined) filter.ownerId = idOf('--owner', values.owner);
  const days = values['expiring-in-days'];
  if (days !== undefined) {
    if (!/^\d{1,3}$/.test(String(days)) || Number(days) > MAX_EXPIRING_IN_DAYS)
      throw new Error(`--expiring-in-days must be a number of days from 0 to ${MAX_EXPIRING_IN_DAYS}`);
    filter.expiringInDays = Number(days);
  }
  return filter;
}
