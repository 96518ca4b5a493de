import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

export const PHONE_PATTERN = /^\+?[0-9 ()-]{3,30}$/;

export class CreateSubscriberDto {
  @ApiProperty({ example: 'karim.home' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: 'username must be 3-64 letters, digits, ".", "_" or "-"' })
  @IsString({ message: 'username must be a string' })
  username: string;

  @ApiProperty({ example: 'Karim Ahmed' })
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  @IsString({ message: 'phone must be a string' })
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(300)
  @IsString({ message: 'address must be a string' })
  address?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Min(1)
  @IsInt({ message: 'packageId must be an integer' })
  packageId?: number;

  @ApiPropertyOptional({ description: "An operator in the caller's scope; defaults to the caller's principal" })
  @IsOptional()
  @Min(1)
  @IsInt({ message: 'ownerId must be an integer' })
  ownerId?: number;

  @ApiPropertyOptional({ description: "ISO 8601; defaults to now + the package's validity when a package is given" })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 date or time' })
  expiresAt?: string;
}
