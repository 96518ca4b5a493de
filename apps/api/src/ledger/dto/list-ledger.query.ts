import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { IsSort, SortParam, TimeRangeCursorQuery } from '../../common/page-limit';

export const LEDGER_SORTS = ['at', 'amount'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];

export class ListLedgerQuery extends TimeRangeCursorQuery {
  @IsSort(LEDGER_SORTS)
  sort?: SortParam<LedgerSort>;

  @ApiPropertyOptional({ description: "An operator's own balance; one outside the caller's scope gives an empty list" })
  @OptionalField()
  @IsId({ query: true })
  accountId?: number;

  @ApiPropertyOptional({ description: "A subscriber's balance; one outside the caller's scope gives an empty list" })
  @OptionalField()
  @IsId({ query: true })
  subscriberId?: number;

  @ApiPropertyOptional({ description: "Operators' balances whose account name or email contains this text" })
  @OptionalField()
  @MaxLength(100)
  @IsString()
  accountName?: string;

  @ApiPropertyOptional({ description: "Subscribers' balances whose username, name or phone contains this text" })
  @OptionalField()
  @MaxLength(100)
  @IsString()
  subscriberName?: string;
}
