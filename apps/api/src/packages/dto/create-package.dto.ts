import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class CreatePackageDto {
  @ApiProperty({ example: 'Home 20 Mbps' })
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name: string;

  @ApiProperty({ example: 800 })
  @Min(0)
  @Max(1_000_000_000)
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'price must be a number with at most 2 decimals' })
  price: number;

  @ApiProperty({ example: 30 })
  @Min(1)
  @Max(3650)
  @IsInt({ message: 'validityDays must be an integer' })
  validityDays: number;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(500)
  @IsString({ message: 'description must be a string' })
  description?: string;
}
