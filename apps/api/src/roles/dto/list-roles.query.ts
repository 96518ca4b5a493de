import { ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { IsIntegerIn, OptionalField } from '../../common/fields';
import { MAX_REVIEW_DAYS } from '../../review/dto/review.query';

export class ListRolesQuery {
  @ApiPropertyOptional({ enum: ACCOUNT_TYPES })
  @OptionalField()
  @IsIntegerIn(AccountType.Admin, AccountType.RetailerStaff, { query: true })
  type?: AccountType;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_REVIEW_DAYS,
    description: 'Only the roles held by nobody and neither created nor used in this many days (R15: unused roles)',
  })
  @OptionalField()
  @IsIntegerIn(1, MAX_REVIEW_DAYS, { query: true })
  unusedDays?: number;
}
