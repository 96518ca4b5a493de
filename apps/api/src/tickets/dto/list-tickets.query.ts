import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { TICKET_PRIORITIES, TICKET_STATUSES, TicketPriority, TicketStatus } from '@tiergate/access';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { CursorQuery, IsSort, SortParam } from '../../common/page-limit';

export const TICKET_SORTS = ['createdAt', 'updatedAt'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

/** The filters of the Tickets screen but its status: GET /tickets/counts counts each status under them. */
export class TicketFiltersQuery {
  @ApiPropertyOptional({ enum: TICKET_PRIORITIES })
  @OptionalField()
  @IsIn(TICKET_PRIORITIES, { message: `priority must be one of ${TICKET_PRIORITIES.join(', ')}` })
  priority?: TicketPriority;

  @ApiPropertyOptional()
  @OptionalField()
  @IsId({ query: true })
  assigneeId?: number;

  @ApiPropertyOptional()
  @OptionalField()
  @IsId({ query: true })
  subscriberId?: number;

  @ApiPropertyOptional({ description: 'Matches the number (TCK-000123, or part of it) or the subject', maxLength: 100 })
  @OptionalField()
  @MaxLength(100)
  @IsString({ message: 'q must be a string' })
  q?: string;
}

export class ListTicketsQuery extends IntersectionType(CursorQuery, TicketFiltersQuery) {
  @IsSort(TICKET_SORTS)
  sort?: SortParam<TicketSort>;

  @ApiPropertyOptional({ enum: TICKET_STATUSES })
  @OptionalField()
  @IsIn(TICKET_STATUSES, { message: `status must be one of ${TICKET_STATUSES.join(', ')}` })
  status?: TicketStatus;
}
