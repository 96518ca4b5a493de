import { ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional } from 'class-validator';

export class ListRolesQuery {
  @ApiPropertyOptional({ enum: ACCOUNT_TYPES })
  @IsOptional()
  @Type(() => Number)
  @IsIn(ACCOUNT_TYPES, { message: 'type must be an integer from 1 to 8' })
  @IsInt({ message: 'type must be an integer from 1 to 8' })
  type?: AccountType;
}
