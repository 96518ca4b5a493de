import { ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_METHODS, PaymentMethod } from '@tiergate/access';
import { IsIn } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { IsSort, SortParam, TimeRangeCursorQuery } from '../../common/page-limit';

export const PAYMENT_SORTS = ['createdAt', 'amount', 'method'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

export class ListPaymentsQuery extends TimeRangeCursorQuery {
  @IsSort(PAYMENT_SORTS)
  sort?: SortParam<PaymentSort>;

  @ApiPropertyOptional()
  @OptionalField()
  @IsId({ query: true })
  subscriberId?: number;

  @ApiPropertyOptional({ enum: PAYMENT_METHODS })
  @OptionalField()
  @IsIn(PAYMENT_METHODS, { message: `method must be one of ${PAYMENT_METHODS.join(', ')}` })
  method?: PaymentMethod;
}
