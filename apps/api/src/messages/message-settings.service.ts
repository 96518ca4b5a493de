import { BadRequestException, Injectable } from '@nestjs/common';
import { writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { auditActorOf, Caller } from '../access/caller';
import { UpdateMessageSettingsDto } from './dto/update-message-settings.dto';
import { MessageSettingsResponse } from './message.response';

const SETTINGS_COLUMNS = `provider, url, sender, token IS NOT NULL AS "tokenSet", reminder_enabled AS "reminderEnabled",
  reminder_days AS "reminderDays", reminder_template_id AS "reminderTemplateId"`;

/** The branch's message settings (one set, the Admin's side's); a branch without a row has the defaults: outbox, reminders off. */
@Injectable()
export class MessageSettingsService {
  constructor(private readonly db: DataSource) {}

  get(caller: Caller): Promise<MessageSettingsResponse> {
    return this.read(this.db.manager, caller.branchId);
  }

  /** Fields left out keep their value; the token is audited only as whether one is set. */
  async update(caller: Caller, dto: UpdateMessageSettingsDto): Promise<MessageSettingsResponse> {
    return this.db.transaction(async (m) => {
      // The row exists first, so that FOR UPDATE serialises concurrent changes and `before` is what they changed.
      await m.query(`INSERT INTO message_settings (branch_id) VALUES ($1) ON CONFLICT (branch_id) DO NOTHING`, [caller.branchId]);
      const before = await this.read(m, caller.branchId, true);
      const keep = <T>(value: T | undefined, stored: T) => (value === undefined ? stored : value);
      const next = {
        provider: dto.provider,
        url: keep(dto.url, before.url),
        sender: keep(dto.sender, before.sender),
        reminderEnabled: keep(dto.reminderEnabled, before.reminderEnabled),
        reminderDays: keep(dto.reminderDays, before.reminderDays),
        reminderTemplateId: keep(dto.reminderTemplateId, before.reminderTemplateId),
      };
      if (next.provider === 'http' && !next.url) throw new BadRequestException('url is required for the http provider');
      if (next.reminderTemplateId !== null) {
        const [template] = await m.query(`SELECT 1 FROM message_templates WHERE id = $1 AND branch_id = $2 FOR KEY SHARE`, [
          next.reminderTemplateId,
          caller.branchId,
        ]);
        if (!template) throw new BadRequestException(`reminderTemplateId: message template ${next.reminderTemplateId} not found`);
      }
      if (next.reminderEnabled && next.reminderTemplateId === null) throw new BadRequestException('Choose a reminderTemplateId to switch reminders on');
      await m.query(
        `UPDATE message_settings SET provider = $2, url = $3, sender = $4, reminder_enabled = $5, reminder_days = $6, reminder_template_id = $7,
                token = CASE WHEN $8 THEN $9 ELSE token END
          WHERE branch_id = $1`,
        [
          caller.branchId,
          next.provider,
          next.url,
          next.sender,
          next.reminderEnabled,
          next.reminderDays,
          next.reminderTemplateId,
          dto.token !== undefined,
          dto.token ?? null,
        ],
      );
      const after = await this.read(m, caller.branchId);
      await writeAudit(m, auditActorOf(caller), {
        action: 'settings.messages.update',
        targetType: 'message-settings',
        targetId: caller.branchId,
        targetLabel: 'Message settings',
        changes: { before, after },
      });
      return after;
    });
  }

  private async read(m: Pick<EntityManager, 'query'>, branchId: number, lock = false): Promise<MessageSettingsResponse> {
    const [row] = await m.query(`SELECT ${SETTINGS_COLUMNS} FROM message_settings WHERE branch_id = $1 ${lock ? 'FOR UPDATE' : ''}`, [branchId]);
    return row ?? { provider: 'outbox', url: null, sender: null, tokenSet: false, reminderEnabled: false, reminderDays: 3, reminderTemplateId: null };
  }
}
