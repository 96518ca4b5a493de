import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_MONEY_AMOUNT } from '@tiergate/access';
import { IsMoney, OptionalField } from '../../common/fields';
import { IsPeriod } from './period';
import { ApiMoneyInput } from '../../common/api-answers';

export class CreateInvoiceDto {
  @ApiMoneyInput({ required: false, description: "Defaults to the price of the subscriber's package" })
  @OptionalField()
  @IsMoney(0, MAX_MONEY_AMOUNT)
  amount?: number | string;

  @ApiPropertyOptional({ example: '2026-11', description: 'Defaults to the current month (UTC)' })
  @OptionalField()
  @IsPeriod()
  period?: string;
}
