import { Injectable, Logger } from '@nestjs/common';
import {
  MAX_MESSAGE_RECIPIENTS,
  MAX_RENDERED_MESSAGE_LENGTH,
  messageRecipientsSql,
  RECIPIENT_HAS_PHONE_SQL,
  renderMessage,
  SendMessagesData,
  SendMessagesProgress,
} from '@tiergate/access';
import { AuditActor, writeAudit } from '@tiergate/db';
import { DataSource } from 'typeorm';
import { GatewayLimits, MessageSender, ProviderSettings, senderFor } from './message-providers';

/** Rows a send writes per statement, and messages it reads per round of delivery. */
const BATCH_SIZE = 1000;

const SYSTEM_ACTOR: AuditActor = { id: null, name: 'system', type: null, principalId: null, principalPath: null };

interface RecipientRow {
  id: number;
  has_phone: boolean;
  name: string;
  username: string;
  expires_at: Date | null;
  balance: string;
}

/** A message row to take: its text rendered, or failed already when the text is too long once filled. */
interface MessageDraft {
  jobId: string;
  subscriberId: number;
  body: string;
  error: string | null;
}

/** The error kept on a message whose run died while a provider had it: it may have gone out, so it is not sent again. */
export const INTERRUPTED = 'Interrupted while sending; not sent again, so that no one gets it twice';

/** The longest a provider may take over one message (every attempt and wait), and a minute's margin. */
const patienceMs = (l: GatewayLimits) => l.attempts * l.timeoutMs + l.backoffMs * (2 ** Math.max(0, l.attempts - 1) - 1) + 60_000;

const hasPhone = (r: RecipientRow) => r.has_phone;

/**
 * Sending customer messages (R17), for the worker's jobs and the CLI alike. At most one message per recipient per
 * job: a row per (job, subscriber) is inserted before anything is sent (ON CONFLICT DO NOTHING), and each queued row
 * is sent by whoever locks it first (SKIP LOCKED), then marked sent or failed; a job retried or run twice sends only
 * the rows still queued. A subscriber without a phone is skipped and counted, and gets no row.
 */
@Injectable()
export class MessageSendingService {
  private readonly logger = new Logger(MessageSendingService.name);

  constructor(
    private readonly db: DataSource,
    private readonly limits: GatewayLimits,
  ) {}

  /** How many a send would reach now (the whole group, past any bound), and how many have no phone; writes nothing. */
  async preview(data: Pick<SendMessagesData, 'recipients' | 'scope'>): Promise<{ total: number; skipped: number }> {
    const params: unknown[] = [];
    const [counts] = await this.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT ${RECIPIENT_HAS_PHONE_SQL})::int AS skipped
         FROM subscribers s WHERE ${messageRecipientsSql(data.recipients, data.scope, params)}`,
      params,
    );
    return counts;
  }

  async send(jobId: string, data: SendMessagesData, onProgress: (p: SendMessagesProgress) => Promise<unknown> | void = () => undefined) {
    const sender = senderFor(await this.settings(data.branchId), this.limits);
    const recipients = await this.recipients(data);
    const reachable = recipients.filter(hasPhone);
    const progress: SendMessagesProgress = { done: 0, total: recipients.length, sent: 0, failed: 0, skipped: recipients.length - reachable.length };
    await onProgress({ ...progress });
    await this.take(
      reachable.map((r) => draft(jobId, data.body, r)),
      sender,
      data.requestedBy,
    );
    await this.deliver(sender, `m.job_id = $1`, [jobId], async (done) => {
      progress.done = progress.skipped + done;
      await onProgress({ ...progress, ...(await this.counts(jobId)) });
    });
    Object.assign(progress, { done: progress.total }, await this.counts(jobId));
    await onProgress({ ...progress });
    this.logger.log(`messages ${jobId}: ${progress.sent} sent, ${progress.failed} failed, ${progress.skipped} skipped (no phone)`);
    return progress;
  }

  /**
   * Expiry reminders of every branch that switched them on: one message per subscriber and expiry date (the job id
   * names the date), to active subscribers whose service expires within the branch's reminder days. Audited per branch
   * as "system" when it sent anything.
   */
  async sendReminders(): Promise<{ sent: number; failed: number; skipped: number }> {
    const total = { sent: 0, failed: 0, skipped: 0 };
    const branches: (ProviderSettings & { branch_id: number; days: number; body: string; path: string })[] = await this.db.query(
      `SELECT ms.branch_id, ms.provider, ms.url, ms.token, ms.sender, ms.reminder_days AS days, t.body,
              (SELECT a.path FROM accounts a WHERE a.branch_id = ms.branch_id AND a.type = 1 ORDER BY a.id LIMIT 1) AS path
         FROM message_settings ms JOIN message_templates t ON t.id = ms.reminder_template_id WHERE ms.reminder_enabled`,
    );
    for (const branch of branches) {
      const sender = senderFor(branch, this.limits);
      const due: (RecipientRow & { job_id: string })[] = await this.db.query(
        `SELECT s.id, ${RECIPIENT_HAS_PHONE_SQL} AS has_phone, s.name, s.username, s.expires_at, s.balance::text AS balance,
                'reminder-' || to_char(s.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS job_id
           FROM subscribers s JOIN accounts a ON a.id = s.owner_id
          WHERE a.branch_id = $1 AND s.status = 'active' AND s.expires_at > now() AND s.expires_at <= now() + make_interval(days => $2::int)
            AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.subscriber_id = s.id
                             AND m.job_id = 'reminder-' || to_char(s.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'))
          ORDER BY s.id`,
        [branch.branch_id, branch.days],
      );
      const reachable = due.filter(hasPhone);
      const taken = await this.take(
        reachable.map((r) => draft(r.job_id, branch.body, r)),
        sender,
        null,
      );
      await this.deliver(sender, `m.id = ANY($1::bigint[])`, [taken]);
      const [counts] = await this.db.query(
        `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status = 'failed')::int AS failed
           FROM messages WHERE id = ANY($1::bigint[])`,
        [taken],
      );
      const outcome = { sent: counts.sent, failed: counts.failed, skipped: due.length - reachable.length };
      if (taken.length) {
        await this.db.transaction((m) =>
          writeAudit(m, SYSTEM_ACTOR, {
            action: 'message.reminders',
            targetType: 'message-job',
            targetId: `reminders-${new Date().toISOString().slice(0, 10)}`,
            targetLabel: 'Expiry reminders',
            targetPath: branch.path,
            changes: { after: { days: branch.days, ...outcome } },
          }),
        );
      }
      total.sent += outcome.sent;
      total.failed += outcome.failed;
      total.skipped += outcome.skipped;
    }
    return total;
  }

  private async settings(branchId: number): Promise<ProviderSettings> {
    const [row] = await this.db.query(`SELECT provider, url, token, sender FROM message_settings WHERE branch_id = $1`, [branchId]);
    return row ?? { provider: 'outbox', url: null, token: null, sender: null };
  }

  /** The send's recipients as they are now, in its scope (R10), at most MAX_MESSAGE_RECIPIENTS (R14). */
  private recipients(data: Pick<SendMessagesData, 'recipients' | 'scope'>): Promise<RecipientRow[]> {
    const params: unknown[] = [];
    return this.db.query(
      `SELECT s.id, ${RECIPIENT_HAS_PHONE_SQL} AS has_phone, s.name, s.username, s.expires_at, s.balance::text AS balance FROM subscribers s
        WHERE ${messageRecipientsSql(data.recipients, data.scope, params)} ORDER BY s.id LIMIT ${MAX_MESSAGE_RECIPIENTS}`,
      params,
    );
  }

  /** Inserts the rows not taken yet (queued, or failed for a text too long); answers the ids of those it inserted. */
  private async take(drafts: MessageDraft[], sender: MessageSender, sentBy: number | null): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < drafts.length; start += BATCH_SIZE) {
      const batch = drafts.slice(start, start + BATCH_SIZE);
      const rows: { id: string }[] = await this.db.query(
        `INSERT INTO messages (job_id, subscriber_id, owner_id, owner_path, to_phone, body, status, error, provider, sent_by)
         SELECT x.job_id, s.id, s.owner_id, s.owner_path, s.phone, x.body, CASE WHEN x.error IS NULL THEN 'queued' ELSE 'failed' END, x.error, $5, $6
           FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS x(job_id, subscriber_id, body, error)
           JOIN subscribers s ON s.id = x.subscriber_id
         ON CONFLICT (job_id, subscriber_id) DO NOTHING RETURNING id::text`,
        [batch.map((d) => d.jobId), batch.map((d) => d.subscriberId), batch.map((d) => d.body), batch.map((d) => d.error), sender.name, sentBy],
      );
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  /**
   * Sends the queued messages that `where` (on `messages m`) selects and marks each; answers the ids it handled. The
   * outbox marks them all sent at once. A provider's message is first claimed (sending_since, by one UPDATE, so two
   * runs never claim the same one), sent outside any transaction, then marked; a claim older than the provider's whole
   * patience belongs to a run that died mid-send, and is marked failed rather than sent again (at most once).
   */
  private async deliver(sender: MessageSender, where: string, params: unknown[], onBatch?: (done: number) => Promise<void>): Promise<string[]> {
    const handled: string[] = [];
    if (sender.name === 'outbox') {
      const [rows] = await this.db.query(
        `UPDATE messages m SET status = 'sent', sent_at = now() WHERE ${where} AND m.status = 'queued' AND m.sending_since IS NULL RETURNING id::text`,
        params,
      );
      handled.push(...rows.map((r: { id: string }) => r.id));
      await onBatch?.(handled.length);
      return handled;
    }
    const [interrupted] = await this.db.query(
      `UPDATE messages m SET status = 'failed', error = $${params.length + 1}
        WHERE ${where} AND m.status = 'queued' AND m.sending_since < now() - make_interval(secs => $${params.length + 2}::float8 / 1000)
        RETURNING id::text`,
      [...params, INTERRUPTED, patienceMs(this.limits)],
    );
    handled.push(...interrupted.map((r: { id: string }) => r.id));
    let after = '0';
    for (;;) {
      const batch: { id: string }[] = await this.db.query(
        `SELECT m.id::text FROM messages m WHERE ${where} AND m.status = 'queued' AND m.sending_since IS NULL AND m.id > $${params.length + 1}::bigint
          ORDER BY m.id LIMIT ${BATCH_SIZE}`,
        [...params, after],
      );
      if (!batch.length) return handled;
      for (const { id } of batch) {
        const [[message]] = await this.db.query(
          `UPDATE messages SET sending_since = now() WHERE id = $1 AND status = 'queued' AND sending_since IS NULL RETURNING to_phone, body`,
          [id],
        );
        if (!message) continue;
        const delivery = await sender.send({ to: message.to_phone, body: message.body });
        await this.db.query(`UPDATE messages SET status = $2, error = $3, sent_at = CASE WHEN $2 = 'sent' THEN now() END WHERE id = $1`, [
          id,
          delivery.ok ? 'sent' : 'failed',
          delivery.ok ? null : delivery.error,
        ]);
        handled.push(id);
      }
      after = batch[batch.length - 1].id;
      await onBatch?.(handled.length);
    }
  }

  private async counts(jobId: string): Promise<{ sent: number; failed: number }> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status = 'failed')::int AS failed FROM messages WHERE job_id = $1`,
      [jobId],
    );
    return row;
  }
}

function draft(jobId: string, body: string, r: RecipientRow): MessageDraft {
  const text = renderMessage(body, { name: r.name, username: r.username, expiresAt: r.expires_at, balance: r.balance });
  const error =
    text.length > MAX_RENDERED_MESSAGE_LENGTH ? `Too long once filled in: ${text.length} characters (at most ${MAX_RENDERED_MESSAGE_LENGTH})` : null;
  return { jobId, subscriberId: r.id, body: error ? text.slice(0, MAX_RENDERED_MESSAGE_LENGTH) : text, error };
}
