import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

/** Keyset pagination: `cursor` is the last id of the previous page. */
export class CursorQuery {
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @IsInt({ message: 'cursor must be an integer' })
  cursor?: number;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_LIMIT, maximum: MAX_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  @IsInt({ message: 'limit must be an integer' })
  limit?: number;
}
