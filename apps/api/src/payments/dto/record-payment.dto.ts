import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_MONEY_AMOUNT, PAYMENT_METHODS, PaymentMethod } from '@tiergate/access';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { IsId, IsMoney, OptionalField } from '../../common/fields';
import { ApiMoneyInput } from '../../common/api-answers';

export class RecordPaymentDto {
  @ApiMoneyInput({ example: '500.00', description: 'More than zero, at most 2 decimals (a JSON number or a decimal string)' })
  @IsMoney(0.01, MAX_MONEY_AMOUNT)
  amount: number | string;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS, { message: `method must be one of ${PAYMENT_METHODS.join(', ')}` })
  method: PaymentMethod;

  @ApiPropertyOptional({ description: "One of the subscriber's invoices that is not void" })
  @OptionalField()
  @IsId()
  invoiceId?: number;

  @ApiPropertyOptional({ example: 'bKash TX 8H2K1', description: 'A receipt, transaction or cheque number' })
  @OptionalField()
  @MaxLength(100)
  @Matches(/\S/, { message: 'reference must not be empty' })
  @IsString({ message: 'reference must be a string' })
  reference?: string;
}
