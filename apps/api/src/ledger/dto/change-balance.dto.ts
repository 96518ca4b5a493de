import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_MONEY_AMOUNT } from '@tiergate/access';
import { IsString, Matches, MaxLength, ValidateBy } from 'class-validator';
import { IsMoney, OptionalField } from '../../common/fields';
import { ApiMoneyInput } from '../../common/api-answers';

export class ChangeBalanceDto {
  @ApiMoneyInput({ example: '1000.00', description: 'Positive tops up, negative deducts; at most 2 decimals, never zero' })
  @IsMoney(-MAX_MONEY_AMOUNT, MAX_MONEY_AMOUNT)
  @ValidateBy({ name: 'isNonZero', validator: { validate: (value) => Number(value) !== 0, defaultMessage: () => 'amount must not be zero' } })
  amount: number | string;

  @ApiPropertyOptional({ example: 'Cash received at the office' })
  @OptionalField()
  @MaxLength(300)
  @Matches(/\S/, { message: 'note must not be empty' })
  @IsString({ message: 'note must be a string' })
  note?: string;
}
