import { Injectable, NotFoundException } from '@nestjs/common';
import { AuditAction } from '@tiergate/access';
import { writeAudit } from '@tiergate/db';
import { DataSource, EntityManager } from 'typeorm';
import { auditActorOf, Caller } from '../access/caller';
import { conflictOnDuplicate } from '../common/unique-violation';
import { CreateMessageTemplateDto } from './dto/create-message-template.dto';
import { UpdateMessageTemplateDto } from './dto/update-message-template.dto';
import { MessageTemplateResponse } from './message.response';
import { assertKnownPlaceholders } from './placeholders';

const TEMPLATE_COLUMNS = `id, name, body, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Message templates: one set per branch, kept by the Admin's side (the only one that holds sms_template). */
@Injectable()
export class MessageTemplatesService {
  constructor(private readonly db: DataSource) {}

  list(caller: Caller): Promise<MessageTemplateResponse[]> {
    return this.db.query(`SELECT ${TEMPLATE_COLUMNS} FROM message_templates WHERE branch_id = $1 ORDER BY name, id`, [caller.branchId]);
  }

  async find(caller: Caller, id: number, m: Pick<EntityManager, 'query'> = this.db, lock = false): Promise<MessageTemplateResponse> {
    const [row] = await m.query(`SELECT ${TEMPLATE_COLUMNS} FROM message_templates WHERE id = $1 AND branch_id = $2 ${lock ? 'FOR UPDATE' : ''}`, [
      id,
      caller.branchId,
    ]);
    if (!row) throw new NotFoundException(`Message template ${id} not found`);
    return row;
  }

  async create(caller: Caller, dto: CreateMessageTemplateDto): Promise<MessageTemplateResponse> {
    assertKnownPlaceholders(dto.body);
    const name = dto.name.trim();
    return conflictOnDuplicate(
      () =>
        this.db.transaction(async (m) => {
          const [created] = await m.query(`INSERT INTO message_templates (branch_id, name, body) VALUES ($1, $2, $3) RETURNING ${TEMPLATE_COLUMNS}`, [
            caller.branchId,
            name,
            dto.body,
          ]);
          await this.record(m, caller, created, 'message-template.create', { after: created });
          return created;
        }),
      'DUPLICATE_NAME',
      `Message template ${name} already exists`,
    );
  }

  async update(caller: Caller, id: number, dto: UpdateMessageTemplateDto): Promise<MessageTemplateResponse> {
    if (dto.body !== undefined) assertKnownPlaceholders(dto.body);
    const name = dto.name?.trim();
    return conflictOnDuplicate(
      () =>
        this.db.transaction(async (m) => {
          const before = await this.find(caller, id, m, true);
          const [[after]] = await m.query(
            `UPDATE message_templates SET name = coalesce($2, name), body = coalesce($3, body), updated_at = now() WHERE id = $1 RETURNING ${TEMPLATE_COLUMNS}`,
            [id, name ?? null, dto.body ?? null],
          );
          await this.record(m, caller, after, 'message-template.update', { before, after });
          return after;
        }),
      'DUPLICATE_NAME',
      `Message template ${name} already exists`,
    );
  }

  /** Expiry reminders that used it stop until another template is chosen (the settings' reference is cleared). */
  async remove(caller: Caller, id: number): Promise<void> {
    await this.db.transaction(async (m) => {
      const before = await this.find(caller, id, m, true);
      await m.query(`DELETE FROM message_templates WHERE id = $1`, [id]);
      await this.record(m, caller, before, 'message-template.delete', { before });
    });
  }

  /** R12: branch-wide, outside the tree: the Admin's side reads it. */
  private record(m: EntityManager, caller: Caller, t: MessageTemplateResponse, action: AuditAction, changes: Record<string, unknown>) {
    return writeAudit(m, auditActorOf(caller), { action, targetType: 'message-template', targetId: t.id, targetLabel: t.name, changes });
  }
}
