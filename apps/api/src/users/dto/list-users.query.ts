import { ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsId, IsIntegerIn, OptionalField } from '../../common/fields';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from '../../common/page-limit';

export class ListUsersQuery {
  @ApiPropertyOptional({ enum: ACCOUNT_TYPES })
  @OptionalField()
  @IsIntegerIn(AccountType.Admin, AccountType.RetailerStaff, { query: true })
  type?: AccountType;

  @ApiPropertyOptional({ description: 'Accounts directly under this one' })
  @OptionalField()
  @IsId({ query: true })
  parentId?: number;

  @ApiPropertyOptional({ enum: ['active', 'disabled'] })
  @OptionalField()
  @IsIn(['active', 'disabled'], { message: 'status must be "active" or "disabled"' })
  status?: 'active' | 'disabled';

  @ApiPropertyOptional({ description: 'Matches name, email or phone' })
  @OptionalField()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ default: 1 })
  @OptionalField()
  @IsIntegerIn(1, 100_000, { query: true })
  page?: number;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_LIMIT, maximum: MAX_PAGE_LIMIT })
  @OptionalField()
  @IsIntegerIn(1, MAX_PAGE_LIMIT, { query: true })
  pageSize?: number;
}
