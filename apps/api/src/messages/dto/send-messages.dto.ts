import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_EXPIRING_IN_DAYS, MAX_MESSAGE_RECIPIENTS, MessageFilter } from '@tiergate/access';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { MAX_INT } from '../../common/id.pipe';
import { IsId, IsIntegerIn, OptionalField } from '../../common/fields';
import { IsMessageBody } from './message-body';

export const SUBSCRIBER_STATUSES = ['active', 'suspended', 'expired'] as const;

/** A group of subscribers, always within the sender's scope (R10); every condition left out matches all. */
export class MessageFilterDto implements MessageFilter {
  @ApiPropertyOptional({ enum: SUBSCRIBER_STATUSES })
  @OptionalField()
  @IsIn(SUBSCRIBER_STATUSES, { message: 'status must be active, suspended or expired' })
  status?: (typeof SUBSCRIBER_STATUSES)[number];

  @ApiPropertyOptional({ type: 'integer', description: "The owner's subscribers (in the sender's scope)" })
  @OptionalField()
  @IsId()
  ownerId?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_EXPIRING_IN_DAYS, description: 'Expiring from now to this many days ahead' })
  @OptionalField()
  @IsIntegerIn(0, MAX_EXPIRING_IN_DAYS)
  expiringInDays?: number;
}

/** Recipients: `subscriberIds` or `filter` (exactly one; the service checks the pair). POST /messages/count takes only these. */
export class MessageRecipientsDto {
  @ApiPropertyOptional({ type: 'integer', isArray: true, minItems: 1, maxItems: MAX_MESSAGE_RECIPIENTS })
  @OptionalField()
  @Max(MAX_INT, { each: true, message: 'subscriberIds must hold subscriber ids' })
  @Min(1, { each: true, message: 'subscriberIds must hold subscriber ids' })
  @IsInt({ each: true, message: 'subscriberIds must hold subscriber ids' })
  @ArrayMaxSize(MAX_MESSAGE_RECIPIENTS, { message: `subscriberIds must list at most ${MAX_MESSAGE_RECIPIENTS} subscribers` })
  @ArrayMinSize(1, { message: 'subscriberIds must list at least one subscriber' })
  @IsArray({ message: 'subscriberIds must be an array' })
  subscriberIds?: number[];

  @ApiPropertyOptional({ type: MessageFilterDto })
  @OptionalField()
  @ValidateNested()
  @Type(() => MessageFilterDto)
  @IsObject({ message: 'filter must be an object' })
  filter?: MessageFilterDto;
}

/** Recipients as MessageRecipientsDto; text: `templateId` or `body` (exactly one). The service checks the pairs. */
export class SendMessagesDto extends MessageRecipientsDto {
  @ApiPropertyOptional({ type: 'integer' })
  @OptionalField()
  @IsId()
  templateId?: number;

  @IsMessageBody({ required: false })
  @OptionalField()
  body?: string;
}
