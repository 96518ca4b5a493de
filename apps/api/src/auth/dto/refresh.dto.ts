import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RefreshDto {
  @ApiProperty()
  @MinLength(10)
  @MaxLength(200)
  @IsString()
  refreshToken: string;
}
