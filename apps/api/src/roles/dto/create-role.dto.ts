import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { IsIn, IsInt, IsString, Matches, MaxLength } from 'class-validator';

export const ROLE_NAME_PATTERN = /^(?=.*[\p{L}\p{N}])[\p{L}\p{N} _.-]+$/u;
export const ROLE_NAME_MESSAGE = 'name must contain letters or digits, and only letters, digits, spaces, ".", "_" and "-"';

export class CreateRoleDto {
  @ApiProperty({ example: 'Sales Manager', description: 'Stored as `<branch>-salesmanager` (R2); the text typed is kept as displayName' })
  @MaxLength(60)
  @Matches(ROLE_NAME_PATTERN, { message: ROLE_NAME_MESSAGE })
  @IsString({ message: 'name must be a string' })
  name: string;

  @ApiProperty({ enum: ACCOUNT_TYPES, example: 2 })
  @IsIn(ACCOUNT_TYPES, { message: 'type must be an integer from 1 to 8' })
  @IsInt({ message: 'type must be an integer from 1 to 8' })
  type: AccountType;
}
