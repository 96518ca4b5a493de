import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { IsEmail, IsIn, IsInt, IsString, Matches, MaxLength } from 'class-validator';
import { ClearableField, IsId, IsNewPassword, IsPhone, OptionalField } from '../../common/fields';

export class CreateUserDto {
  @ApiProperty({ example: 'Rahim Uddin' })
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name: string;

  @ApiProperty({ example: 'rahim@example.com' })
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email: string;

  @ApiProperty({ minLength: 8 })
  @IsNewPassword()
  password: string;

  @ApiPropertyOptional({ type: 'string', example: '+8801700000000', nullable: true })
  @ClearableField()
  @IsPhone()
  phone?: string | null;

  @ApiProperty({ enum: ACCOUNT_TYPES.filter((t) => t !== AccountType.Admin) })
  @IsIn(ACCOUNT_TYPES.filter((t) => t !== AccountType.Admin), { message: 'type must be an integer from 2 to 8' })
  @IsInt({ message: 'type must be an integer from 2 to 8' })
  type: AccountType;

  @ApiProperty({ description: 'A role of the same type, visible to the caller (R7) and within its permissions (R6)' })
  @IsId()
  roleId: number;

  @ApiPropertyOptional({ description: "Defaults to the caller's principal" })
  @OptionalField()
  @IsId()
  parentId?: number;

  @ApiPropertyOptional({ enum: ['direct', 'subtree'], description: "Staff only: see the principal's direct subscribers (default) or its whole subtree" })
  @OptionalField()
  @IsIn(['direct', 'subtree'], { message: 'scope must be "direct" or "subtree"' })
  scope?: 'direct' | 'subtree';
}
