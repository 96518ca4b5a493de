import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';

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
  @MinLength(8, { message: 'password must be at least 8 characters' })
  @MaxLength(200)
  @IsString({ message: 'password must be a string' })
  password: string;

  @ApiPropertyOptional({ example: '+8801700000000' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{3,30}$/, { message: 'phone must be a phone number' })
  @IsString({ message: 'phone must be a string' })
  phone?: string;

  @ApiProperty({ enum: ACCOUNT_TYPES.filter((t) => t !== AccountType.Admin) })
  @IsIn(ACCOUNT_TYPES.filter((t) => t !== AccountType.Admin), { message: 'type must be an integer from 2 to 8' })
  @IsInt({ message: 'type must be an integer from 2 to 8' })
  type: AccountType;

  @ApiProperty({ description: 'A role of the same type, visible to the caller (R7) and within its permissions (R6)' })
  @Min(1)
  @IsInt({ message: 'roleId must be an integer' })
  roleId: number;

  @ApiPropertyOptional({ description: "Defaults to the caller's principal" })
  @IsOptional()
  @Min(1)
  @IsInt({ message: 'parentId must be an integer' })
  parentId?: number;

  @ApiPropertyOptional({ enum: ['direct', 'subtree'], description: "Staff only: see the principal's direct subscribers (default) or its whole subtree" })
  @IsOptional()
  @IsIn(['direct', 'subtree'], { message: 'scope must be "direct" or "subtree"' })
  scope?: 'direct' | 'subtree';
}
