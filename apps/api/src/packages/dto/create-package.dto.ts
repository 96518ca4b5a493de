import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_MONEY_AMOUNT } from '@tiergate/access';
import { IsString, Matches, MaxLength } from 'class-validator';
import { ClearableField, IsIntegerIn, IsMoney } from '../../common/fields';
import { ApiMoneyInput } from '../../common/api-answers';

export class CreatePackageDto {
  @ApiProperty({ example: 'Home 20 Mbps' })
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name: string;

  /** At most what one invoice may be: the monthly run bills it as is. */
  @ApiMoneyInput({ example: '800.00' })
  @IsMoney(0, MAX_MONEY_AMOUNT)
  price: number;

  @ApiProperty({ example: 30 })
  @IsIntegerIn(1, 3650)
  validityDays: number;

  @ApiPropertyOptional({ type: 'string', nullable: true, description: 'null clears it' })
  @ClearableField()
  @MaxLength(500)
  @IsString({ message: 'description must be a string' })
  description?: string | null;
}
