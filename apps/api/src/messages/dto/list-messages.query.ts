import { ApiPropertyOptional } from '@nestjs/swagger';
import { MESSAGE_STATUSES, MessageStatus } from '@tiergate/access';
import { IsIn } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { CursorQuery } from '../../common/page-limit';

export class ListMessagesQuery extends CursorQuery {
  @ApiPropertyOptional()
  @OptionalField()
  @IsId({ query: true })
  subscriberId?: number;

  @ApiPropertyOptional({ enum: MESSAGE_STATUSES })
  @OptionalField()
  @IsIn(MESSAGE_STATUSES, { message: 'status must be queued, sent or failed' })
  status?: MessageStatus;
}
