import { PartialType, PickType } from '@nestjs/swagger';
import { CreateSubscriberDto } from './create-subscriber.dto';

/** Moving a subscriber to another operator (`ownerId`) needs transfer_subscriber as well. */
export class UpdateSubscriberDto extends PartialType(PickType(CreateSubscriberDto, ['name', 'phone', 'address', 'ownerId'] as const)) {}
