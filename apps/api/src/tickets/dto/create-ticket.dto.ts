import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TICKET_BODY_MAX, TICKET_PRIORITIES, TICKET_SUBJECT_MAX, TicketPriority } from '@tiergate/access';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { OptionalField } from '../../common/fields';

/** A ticket's subject: 1 to 200 characters, not only white space. */
export const IsTicketSubject = () =>
  applyDecorators(MaxLength(TICKET_SUBJECT_MAX), Matches(/\S/, { message: 'subject must not be empty' }), IsString({ message: 'subject must be a string' }));

/** A message of a ticket's thread: 1 to 5000 characters, not only white space. */
export const IsTicketBody = () =>
  applyDecorators(
    ApiProperty({ example: 'The customer reports the router shows a red light.', maxLength: TICKET_BODY_MAX }),
    MaxLength(TICKET_BODY_MAX),
    Matches(/\S/, { message: 'body must not be empty' }),
    IsString({ message: 'body must be a string' }),
  );

export const IsTicketPriority = () => IsIn(TICKET_PRIORITIES, { message: `priority must be one of ${TICKET_PRIORITIES.join(', ')}` });

export class CreateTicketDto {
  @ApiProperty({ example: 'No connection since this morning', maxLength: TICKET_SUBJECT_MAX })
  @IsTicketSubject()
  subject: string;

  /** The first message of the thread. */
  @IsTicketBody()
  body: string;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES, default: 'normal' })
  @OptionalField()
  @IsTicketPriority()
  priority?: TicketPriority;
}
