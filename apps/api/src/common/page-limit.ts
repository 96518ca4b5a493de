import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsId, IsIntegerIn, OptionalField } from './fields';

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
