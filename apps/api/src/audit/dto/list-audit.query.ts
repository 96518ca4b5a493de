import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { IsSort, SortParam, TimeRangeCursorQuery } from '../../common/page-limit';

export const AUDIT_SORTS = ['at'] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

export class ListAuditQuery extends TimeRangeCursorQuery {
  @IsSort(AUDIT_SORTS)
  sort?: SortParam<AuditSort>;

  @ApiPropertyOptional()
  @OptionalField()
  @IsId({ query: true })
  actorId?: number;

  @ApiPropertyOptional({ example: 'role.create' })
  @OptionalField()
  @Matches(/^[a-z_.]+$/, { message: 'action must be a dotted action name such as role.create' })
  @MaxLength(100)
  @IsString()
  action?: string;

  @ApiPropertyOptional({ example: 'role' })
  @OptionalField()
  @MaxLength(50)
  @IsString()
  targetType?: string;

  @ApiPropertyOptional()
  @OptionalField()
  @MaxLength(100)
  @IsString()
  targetId?: string;
}
