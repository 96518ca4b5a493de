import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsId, OptionalField } from '../../common/fields';
import { TimeRangeCursorQuery } from '../../common/page-limit';

export class ListLedgerQuery extends TimeRangeCursorQuery {
  @ApiPropertyOptional({ description: "An operator's own balance; one outside the caller's scope gives an empty list" })
  @OptionalField()
  @IsId({ query: true })
  accountId?: number;

  @ApiPropertyOptional({ description: "A subscriber's balance; one outside the caller's scope gives an empty list" })
  @OptionalField()
  @IsId({ query: true })
  subscriberId?: number;
}
