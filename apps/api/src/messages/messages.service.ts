import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { MAX_MESSAGE_RECIPIENTS, MessageRecipients, messageRecipientsSql, RECIPIENT_HAS_PHONE_SQL, SendMessagesProgress } from '@tiergate/access';
import { writeAudit } from '@tiergate/db';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { auditActorOf, Caller } from '../access/caller';
import { customerScopeOf } from '../access/scope';
import { KeysetList, KeysetPage, keysetPage } from '../common/keyset/keyset-page';
import { ScopedWhere } from '../common/keyset/scoped-where';
import { ListMessagesQuery } from './dto/list-messages.query';
import { MessageRecipientsDto, SendMessagesDto } from './dto/send-messages.dto';
import { MessageRecipientCount, MessageResponse } from './message.response';
import { MessagesQueue } from './messages.queue';
import { MessageTemplatesService } from './message-templates.service';
import { assertKnownPlaceholders } from './placeholders';

const MESSAGE_LIST: KeysetList<never> = { id: 'm.id', sorts: {} };

const MESSAGE_COLUMNS = `m.id::float8 AS id, m.subscriber_id AS "subscriberId", s.name AS "subscriberName", m.to_phone AS "to", m.body,
  m.status, m.provider, m.error, m.created_at AS "createdAt", m.sent_at AS "sentAt"`;

/** BullMQ's job states as GET /messages/jobs/:jobId reports them. */
const JOB_STATES: Record<string, string> = { active: 'running', completed: 'completed', failed: 'failed' };

/** The listed ids (each once) or the filter's group: exactly one of the two. */
export function recipientsOf(dto: MessageRecipientsDto): MessageRecipients {
  if ((dto.subscriberIds === undefined) === (dto.filter === undefined)) throw new BadRequestException('Give either subscriberIds or filter');
  return dto.subscriberIds ? { subscriberIds: [...new Set(dto.subscriberIds)] } : { filter: { ...dto.filter } };
}

/** Customer messages (R17): sends within the sender's scope (R10) as worker jobs, and the history, scoped alike. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly db: DataSource,
    private readonly queue: MessagesQueue,
    private readonly templates: MessageTemplatesService,
  ) {}

  async list(caller: Caller, query: ListMessagesQuery): Promise<KeysetPage<MessageResponse>> {
    const where = ScopedWhere.customers(caller, 'm').filter('m.subscriber_id = ?', query.subscriberId).filter('m.status = ?', query.status);
    return keysetPage(this.db, MESSAGE_LIST, { select: MESSAGE_COLUMNS, from: 'messages m LEFT JOIN subscribers s ON s.id = m.subscriber_id', where }, query);
  }

  /**
   * Who a send reaches now, in the caller's scope (R10): every listed id must be in it, else 404 as for any subscriber
   * out of reach. POST /messages/count answers it as it is; `send` refuses an empty or too large group.
   */
  async countRecipients(caller: Caller, recipients: MessageRecipients): Promise<MessageRecipientCount> {
    const params: unknown[] = [];
    const where = messageRecipientsSql(recipients, customerScopeOf(caller), params);
    if ('filter' in recipients) {
      const [counts] = await this.db.query(
        `SELECT count(*)::int AS recipients, count(*) FILTER (WHERE NOT ${RECIPIENT_HAS_PHONE_SQL})::int AS "withoutPhone" FROM subscribers s WHERE ${where}`,
        params,
      );
      return counts;
    }
    const rows: { id: number; hasPhone: boolean }[] = await this.db.query(
      `SELECT s.id, ${RECIPIENT_HAS_PHONE_SQL} AS "hasPhone" FROM subscribers s WHERE ${where}`,
      params,
    );
    const found = new Set(rows.map((r) => r.id));
    const missing = recipients.subscriberIds.find((id) => !found.has(id));
    if (missing !== undefined) throw new NotFoundException(`Subscriber ${missing} not found`);
    return { recipients: rows.length, withoutPhone: rows.filter((r) => !r.hasPhone).length };
  }

  /**
   * Checks the recipients (countRecipients; a group of one to MAX_MESSAGE_RECIPIENTS) and the text, then writes the
   * audit entry (R12) and enqueues the job in one transaction: the entry is rolled back if the job cannot be queued.
   */
  async send(caller: Caller, dto: SendMessagesDto): Promise<{ jobId: string; recipients: number }> {
    const recipients = recipientsOf(dto);
    if ((dto.templateId === undefined) === (dto.body === undefined)) throw new BadRequestException('Give either templateId or body');
    const body = dto.templateId === undefined ? dto.body! : (await this.templates.find(caller, dto.templateId)).body;
    assertKnownPlaceholders(body);
    const scope = customerScopeOf(caller);
    const { recipients: count } = await this.countRecipients(caller, recipients);
    if ('filter' in recipients) {
      if (count === 0) throw new BadRequestException('No subscriber in your scope matches the filter');
      if (count > MAX_MESSAGE_RECIPIENTS)
        throw new BadRequestException(`The group has ${count} subscribers; one send may reach at most ${MAX_MESSAGE_RECIPIENTS}`);
    }
    const jobId = `messages-${randomUUID()}`;
    await this.db.transaction(async (m) => {
      await writeAudit(m, auditActorOf(caller), {
        action: 'message.send',
        targetType: 'message-job',
        targetId: jobId,
        targetLabel: `Message to ${count} subscriber${count === 1 ? '' : 's'}`,
        targetPath: caller.principalPath,
        changes: { after: { ...recipients, templateId: dto.templateId ?? null, body, recipients: count } },
      });
      await this.queue.enqueue(jobId, {
        recipients,
        scope,
        body,
        templateId: dto.templateId ?? null,
        branchId: caller.branchId,
        requestedBy: caller.id,
        operatorId: caller.principalId,
      });
    });
    return { jobId, recipients: count };
  }

  /** Only the sender's operator (its principal and that principal's staff) reads a job; any other id is "not found". */
  async jobStatus(caller: Caller, jobId: string) {
    const job = await this.queue.find(jobId);
    if (!job || job.data.operatorId !== caller.principalId) throw new NotFoundException(`Job ${jobId} not found`);
    const progress = (typeof job.progress === 'object' ? job.progress : null) as SendMessagesProgress | null;
    const finished = job.state === 'completed';
    return {
      state: JOB_STATES[job.state] ?? 'queued',
      progress: finished ? 100 : progress?.total ? Math.floor((progress.done / progress.total) * 100) : 0,
      sent: progress?.sent ?? 0,
      failed: progress?.failed ?? 0,
      skipped: progress?.skipped ?? 0,
    };
  }
}
