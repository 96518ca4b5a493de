import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateTime, IsMoney, OptionalField } from '../../common/fields';
import { MAX_INVOICE_AMOUNT } from './create-invoice.dto';

export class UpdateInvoiceDto {
  @ApiPropertyOptional({ example: '1250.00' })
  @OptionalField()
  @IsMoney(0, MAX_INVOICE_AMOUNT)
  amount?: number | string;

  @ApiPropertyOptional({ example: '2026-11-30T23:59:59Z' })
  @OptionalField()
  @IsDateTime()
  dueAt?: string;
}
