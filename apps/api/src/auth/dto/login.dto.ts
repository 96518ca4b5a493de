import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@example.com' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @ApiProperty()
  @MinLength(1)
  @MaxLength(200)
  @IsString()
  password: string;

  @ApiPropertyOptional({ description: 'A browser: the refresh token comes as an HttpOnly cookie for POST /auth/refresh instead of in the body' })
  @IsOptional()
  @IsBoolean()
  cookie?: boolean;
}
