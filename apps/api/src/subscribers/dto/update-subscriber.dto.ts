import { PartialType, PickType } from '@nestjs/swagger';
import { CreateSubscriberDto } from './create-subscriber.dto';

/**
 * Moving a subscriber to another operator (`ownerId`) needs transfer_subscriber as well. A field left out is
 * kept; null clears phone and address and is refused elsewhere.
 */
export class UpdateSubscriberDto extends PartialType(PickType(CreateSubscriberDto, ['name', 'phone', 'address', 'ownerId'] as const), {
  skipNullProperties: false,
}) {}
