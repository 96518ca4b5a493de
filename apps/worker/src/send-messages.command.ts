import { MAX_EXPIRING_IN_DAYS, MAX_MESSAGE_RECIPIENTS, MessageFilter, SendMessagesData, unknownPlaceholders } from '@tiergate/access';
import { createDataSource, writeAudit } from '@tiergate/db';
import { randomUUID } from 'node:crypto';
import type { Command } from './command';
import { loadWorkerConfig } from './config';
import { CLI_ACTOR } from './invoice-generation.service';
import { MessageSendingService } from './message-sending.service';

const STATUSES = ['active', 'suspended', 'expired'];

/**
 * `pnpm worker send-messages [--filter status=active,owner=12,expiring-in-days=7] (--template id | --body "…") [--dry-run]`:
 * a group send of the whole installation (the conditions given all apply; none: every subscriber), straight against
 * the database with the branch's provider; a group past MAX_MESSAGE_RECIPIENTS is refused. Audited as actor "cli".
 */
export const sendMessagesCommand: Command = {
  summary: 'send a template or a text to the subscribers a filter selects, then print what was sent',
  options: {
    filter: {
      type: 'string',
      valueName: 'conditions',
      description: `who gets it, all of: status=active|suspended|expired, owner=<account id> (its own subscribers), expiring-in-days=<0-${MAX_EXPIRING_IN_DAYS}>, comma-separated; none: every subscriber`,
    },
    template: { type: 'string', valueName: 'id', description: 'the message template to send' },
    body: { type: 'string', valueName: 'text', description: 'or the text to send, with {{name}}, {{username}}, {{expiresAt}}, {{balance}}' },
    'dry-run': { type: 'boolean', description: 'count who would get a message and write nothing' },
  },
  async run(values) {
    const filter = filterOf(values.filter === undefined ? '' : String(values.filter));
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
      const { total, skipped } = await service.preview(data);
      if (total > MAX_MESSAGE_RECIPIENTS)
        throw new Error(`The group has ${total} subscribers; one send may reach at most ${MAX_MESSAGE_RECIPIENTS}: narrow --filter`);
      if (values['dry-run']) {
        console.log(`dry run: would send ${total - skipped} messages (${skipped} skipped: no phone); nothing written`);
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

const CONDITIONS = ['status', 'owner', 'expiring-in-days'];

/** `status=active,owner=12,expiring-in-days=7` (each at most once) as the filter the API's sends take. */
function filterOf(text: string): MessageFilter {
  const filter: MessageFilter = {};
  const seen = new Set<string>();
  for (const part of text.split(',').filter((p) => p.trim())) {
    const [name, value = '', extra] = part.split('=').map((p) => p.trim());
    if (!CONDITIONS.includes(name) || extra !== undefined || seen.has(name))
      throw new Error(`--filter: "${part}" is not one of ${CONDITIONS.map((c) => `${c}=…`).join(', ')} (each once)`);
    seen.add(name);
    if (name === 'status') {
      if (!STATUSES.includes(value)) throw new Error(`--filter: status must be one of ${STATUSES.join(', ')}`);
      filter.status = value as MessageFilter['status'];
    } else if (name === 'owner') filter.ownerId = idOf('--filter owner', value);
    else {
      if (!/^\d{1,3}$/.test(value) || Number(value) > MAX_EXPIRING_IN_DAYS)
        throw new Error(`--filter: expiring-in-days must be a number of days from 0 to ${MAX_EXPIRING_IN_DAYS}`);
      filter.expiringInDays = Number(value);
    }
  }
  return filter;
}
