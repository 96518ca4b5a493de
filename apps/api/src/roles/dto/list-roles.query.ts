import { ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { IsIntegerIn, OptionalField } from '../../common/fields';

export class ListRolesQuery {
  @ApiPropertyOptional({ enum: ACCOUNT_TYPES })
  @OptionalField()
  @IsIntegerIn(AccountType.Admin, AccountType.RetailerStaff, { query: true })
  type?: AccountType;
}
