import { ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_PRIORITIES, TICKET_SUBJECT_MAX, TicketPriority } from '@tiergate/access';
import { ClearableField, IsId, OptionalField } from '../../common/fields';
import { IsTicketPriority, IsTicketSubject } from './create-ticket.dto';

/** A field left out is kept. `subject` needs edit_ticket, `priority` ticket_priority, `assigneeId` ticket_assign (null unassigns). */
export class UpdateTicketDto {
  @ApiPropertyOptional({ maxLength: TICKET_SUBJECT_MAX })
  @OptionalField()
  @IsTicketSubject()
  subject?: string;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES, description: 'Needs ticket_priority' })
  @OptionalField()
  @IsTicketPriority()
  priority?: TicketPriority;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    description: 'Needs ticket_assign: one of GET /tickets/{id}/assignees (an active account that can see the subscriber); null unassigns',
  })
  @ClearableField()
  @IsId()
  assigneeId?: number | null;
}
