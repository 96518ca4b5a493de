import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTime, OptionalField } from '../../common/fields';

export class SummaryQuery {
  @ApiPropertyOptional({ description: 'ISO 8601 time, inclusive; default: the start of the current month (UTC)' })
  @OptionalField()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 time, exclusive; default: the start of the next month (UTC)' })
  @OptionalField()
  @IsDateTime()
  to?: string;
}
