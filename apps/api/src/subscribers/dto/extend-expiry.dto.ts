import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class ExtendExpiryDto {
  @ApiProperty({ example: 30, minimum: 1, maximum: 3650 })
  @Min(1)
  @Max(3650)
  @IsInt({ message: 'days must be an integer' })
  days: number;
}
