import { ApiProperty } from '@nestjs/swagger';
import { IsIntegerIn } from '../../common/fields';

export class ExtendExpiryDto {
  @ApiProperty({ example: 30, minimum: 1, maximum: 3650 })
  @IsIntegerIn(1, 3650)
  days: number;
}
