import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIntegerIn, OptionalField } from '../../common/fields';

export const DEFAULT_REVIEW_DAYS = 90;
/** Ten years: past that, "unused" means nothing more. */
export const MAX_REVIEW_DAYS = 3650;

export class ReviewQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_REVIEW_DAYS,
    default: DEFAULT_REVIEW_DAYS,
    description: 'A key is used when exercised within this many days',
  })
  @OptionalField()
  @IsIntegerIn(1, MAX_REVIEW_DAYS, { query: true })
  days?: number;
}
