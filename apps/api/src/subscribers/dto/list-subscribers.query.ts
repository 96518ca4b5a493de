import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CursorQuery } from '../../common/page-limit';

export class ListSubscribersQuery extends CursorQuery {
  @ApiPropertyOptional({ description: 'Matches username, name or phone' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: ['active', 'suspended', 'expired'] })
  @IsOptional()
  @IsIn(['active', 'suspended', 'expired'], { message: 'status must be active, suspended or expired' })
  status?: 'active' | 'suspended' | 'expired';

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @IsInt({ message: 'ownerId must be an integer' })
  ownerId?: number;
}
