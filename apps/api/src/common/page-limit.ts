import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTime, IsId, IsIntegerIn, OptionalField } from './fields';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

/** Keyset pagination: `cursor` is the last id of the previous page. */
export class CursorQuery {
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @OptionalField()
  @IsId({ query: true })
  cursor?: number;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_LIMIT, maximum: MAX_PAGE_LIMIT })
  @OptionalField()
  @IsIntegerIn(1, MAX_PAGE_LIMIT, { query: true })
  limit?: number;
}

/** The lists of records in time (audit, invoices, payments, ledger): keyset pages within `[from, to)`. */
export class TimeRangeCursorQuery extends CursorQuery {
  @ApiPropertyOptional({ description: 'ISO 8601 time, inclusive' })
  @OptionalField()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 time, exclusive' })
  @OptionalField()
  @IsDateTime()
  to?: string;
}
