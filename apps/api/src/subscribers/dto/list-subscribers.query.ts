import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { CursorQuery, IsSort, SortParam } from '../../common/page-limit';

export const SUBSCRIBER_SORTS = ['createdAt', 'name', 'username', 'status', 'expiresAt'] as const;
export type SubscriberSort = (typeof SUBSCRIBER_SORTS)[number];

export class ListSubscribersQuery extends CursorQuery {
  @IsSort(SUBSCRIBER_SORTS)
  sort?: SortParam<SubscriberSort>;

  @ApiPropertyOptional({ description: 'Matches username, name or phone' })
  @OptionalField()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: ['active', 'suspended', 'expired'] })
  @OptionalField()
  @IsIn(['active', 'suspended', 'expired'], { message: 'status must be active, suspended or expired' })
  status?: 'active' | 'suspended' | 'expired';

  @ApiPropertyOptional()
  @OptionalField()
  @IsId({ query: true })
  ownerId?: number;
}
