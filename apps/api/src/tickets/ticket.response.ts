import { ApiProperty } from '@nestjs/swagger';
import { TICKET_PRIORITIES, TICKET_STATUSES, TicketPriority, TicketStatus } from '@tiergate/access';
import { ApiAccountType, ApiDateTime, ApiInt, KeysetPageAnswer } from '../common/api-answers';

/** A ticket as API.md shows it. */
export class TicketResponse {
  @ApiInt() id: number;
  @ApiProperty({ example: 'TCK-000123', description: 'Sequential per branch' }) number: string;
  @ApiInt() subscriberId: number;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: TICKET_PRIORITIES }) priority: TicketPriority;
  @ApiProperty({ enum: TICKET_STATUSES }) status: TicketStatus;
  @ApiInt({ nullable: true }) assigneeId: number | null;
  @ApiInt({ nullable: true, description: 'Null once that account is deleted' }) createdBy: number | null;
  @ApiDateTime() createdAt: Date;
  @ApiDateTime() updatedAt: Date;
}

/** A ticket with the names the panel shows; an account's name is null outside the caller's reach (docs/decisions.md "People, not ids"). */
export class ListedTicketResponse extends TicketResponse {
  @ApiProperty() subscriberName: string;
  @ApiProperty() subscriberUsername: string;
  @ApiProperty({ type: 'string', nullable: true }) assigneeName: string | null;
  @ApiProperty({ type: 'string', nullable: true }) createdByName: string | null;
}

/** A reply as API.md shows it, with its author's name (null outside the caller's reach or once deleted). */
export class TicketReplyResponse {
  @ApiInt() id: number;
  @ApiInt() ticketId: number;
  @ApiInt({ nullable: true }) authorId: number | null;
  @ApiProperty({ type: 'string', nullable: true }) authorName: string | null;
  @ApiProperty() body: string;
  @ApiDateTime() createdAt: Date;
}

/** GET /tickets/:id: the ticket and its thread, oldest first (the first reply is the message it was opened with). */
export class TicketDetailResponse extends ListedTicketResponse {
  @ApiProperty({ type: [TicketReplyResponse] }) replies: TicketReplyResponse[];
}

export class TicketPage extends KeysetPageAnswer {
  @ApiProperty({ type: [ListedTicketResponse] }) items: ListedTicketResponse[];
}

/** How many tickets of each status match the filters in the caller's scope, each counted up to 10,000. */
export class TicketCountsResponse {
  @ApiInt({ minimum: 0 }) open: number;
  @ApiInt({ minimum: 0 }) pending: number;
  @ApiInt({ minimum: 0 }) closed: number;
}

/** An account a ticket may be assigned to. */
export class TicketAssigneeResponse {
  @ApiInt() id: number;
  @ApiProperty() name: string;
  @ApiAccountType() type: number;
  @ApiProperty({ example: 'Staff' }) typeName: string;
}
