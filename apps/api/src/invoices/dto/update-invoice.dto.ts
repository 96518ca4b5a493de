import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_MONEY_AMOUNT } from '@tiergate/access';
import { IsDateTime, IsMoney, OptionalField } from '../../common/fields';
import { ApiMoneyInput } from '../../common/api-answers';

export class UpdateInvoiceDto {
  @ApiMoneyInput({ required: false })
  @OptionalField()
  @IsMoney(0, MAX_MONEY_AMOUNT)
  amount?: number | string;

  @ApiPropertyOptional({ example: '2026-11-30T23:59:59Z' })
  @OptionalField()
  @IsDateTime()
  dueAt?: string;
}
