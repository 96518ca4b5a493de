import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { TimeRangeCursorQuery } from '../../common/page-limit';
import { IsPeriod } from './period';

export const INVOICE_STATUSES = ['open', 'paid', 'void'] as const;

export class ListInvoicesQuery extends TimeRangeCursorQuery {
  @ApiPropertyOptional({ enum: INVOICE_STATUSES })
  @OptionalField()
  @IsIn(INVOICE_STATUSES, { message: 'status must be open, paid or void' })
  status?: (typeof INVOICE_STATUSES)[number];

  @ApiPropertyOptional()
  @OptionalField()
  @IsId({ query: true })
  subscriberId?: number;

  @ApiPropertyOptional({ example: '2026-11' })
  @OptionalField()
  @IsPeriod()
  period?: string;
}
