import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { CursorQuery } from '../../common/page-limit';

export class ListAuditQuery extends CursorQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @IsInt({ message: 'actorId must be an integer' })
  actorId?: number;

  @ApiPropertyOptional({ example: 'role.create' })
  @IsOptional()
  @Matches(/^[a-z_.]+$/, { message: 'action must be a dotted action name such as role.create' })
  @MaxLength(100)
  @IsString()
  action?: string;

  @ApiPropertyOptional({ example: 'role' })
  @IsOptional()
  @MaxLength(50)
  @IsString()
  targetType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(100)
  @IsString()
  targetId?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 time, inclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time' })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 time, exclusive' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time' })
  to?: string;
}
