import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class RefreshDto {
  @ApiPropertyOptional({ description: 'Left out by a browser whose refresh token is in its cookie (then the x-tiergate-csrf header is needed)' })
  @IsOptional()
  @MinLength(10)
  @MaxLength(200)
  @IsString()
  refreshToken?: string;
}
