import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsId, OptionalField } from '../../common/fields';
import { IsSort, SortParam, TimeRangeCursorQuery } from '../../common/page-limit';
import { IsPeriod } from './period';

export const INVOICE_STATUSES = ['open', 'paid', 'void'] as const;

export const INVOICE_SORTS = ['createdAt', 'number', 'period', 'amount', 'status', 'dueAt'] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];

export class ListInvoicesQuery extends TimeRangeCursorQuery {
  @IsSort(INVOICE_SORTS)
  sort?: SortParam<InvoiceSort>;

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
