import { ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_LIMIT } from '../../common/page-limit';

export class ListUsersQuery {
  @ApiPropertyOptional({ enum: ACCOUNT_TYPES })
  @IsOptional()
  @Type(() => Number)
  @IsIn(ACCOUNT_TYPES, { message: 'type must be an integer from 1 to 8' })
  @IsInt({ message: 'type must be an integer from 1 to 8' })
  type?: AccountType;

  @ApiPropertyOptional({ description: 'Matches name, email or phone' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(100000)
  @IsInt({ message: 'page must be an integer' })
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: MAX_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  @IsInt({ message: 'pageSize must be an integer' })
  pageSize?: number;
}
