import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_METHODS, PaymentMethod } from '@tiergate/access';
import { IsIn } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { TimeRangeCursorQuery } from '../../common/page-limit';

export class ListPaymentsQuery extends TimeRangeCursorQuery {
  @ApiPropertyOptional()
  @OptionalField()
  @IsId({ query: true })
  subscriberId?: number;

  @ApiPropertyOptional({ enum: PAYMENT_METHODS })
  @OptionalField()
  @IsIn(PAYMENT_METHODS, { message: `method must be one of ${PAYMENT_METHODS.join(', ')}` })
  method?: PaymentMethod;
}
