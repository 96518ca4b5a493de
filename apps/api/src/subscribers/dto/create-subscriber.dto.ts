import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { USERNAME_PATTERN } from '@tiergate/access';
import { IsString, Matches, MaxLength } from 'class-validator';
import { ClearableField, IsDateTime, IsId, IsPhone, OptionalField } from '../../common/fields';

export class CreateSubscriberDto {
  @ApiProperty({ example: 'karim.home' })
  @Matches(USERNAME_PATTERN, { message: 'username must be 3-64 letters, digits, ".", "_" or "-"' })
  @IsString({ message: 'username must be a string' })
  username: string;

  @ApiProperty({ example: 'Karim Ahmed' })
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, description: 'null clears it' })
  @ClearableField()
  @IsPhone()
  phone?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true, description: 'null clears it' })
  @ClearableField()
  @MaxLength(300)
  @IsString({ message: 'address must be a string' })
  address?: string | null;

  @ApiPropertyOptional()
  @OptionalField()
  @IsId()
  packageId?: number;

  @ApiPropertyOptional({ description: "An operator in the caller's scope; defaults to the caller's principal" })
  @OptionalField()
  @IsId()
  ownerId?: number;

  @ApiPropertyOptional({ description: "ISO 8601; defaults to now + the package's validity when a package is given" })
  @OptionalField()
  @IsDateTime()
  expiresAt?: string;
}
