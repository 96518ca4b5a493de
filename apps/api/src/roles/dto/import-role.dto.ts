import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Matches, MaxLength } from 'class-validator';
import { OptionalField } from '../../common/fields';
import { ROLE_NAME_MESSAGE, ROLE_NAME_PATTERN } from './create-role.dto';

/** At most this many roles in one import (one transaction). */
export const MAX_IMPORTED_ROLES = 100;

/** One role of an import: what GET /roles/:id/export gives. */
export class ImportRoleDto {
  @ApiPropertyOptional({
    example: 'otherbranch-salesmanager',
    description: "The exporter's stored name; not used: the role is named from displayName under the importer's branch (R2)",
  })
  @OptionalField()
  @MaxLength(200)
  @IsString({ message: 'name must be a string' })
  name?: string;

  @ApiProperty({ example: 'Sales Manager', description: 'Stored as `<branch>-salesmanager` (R2)' })
  @MaxLength(60)
  @Matches(ROLE_NAME_PATTERN, { message: ROLE_NAME_MESSAGE.replace('name', 'displayName') })
  @IsString({ message: 'displayName must be a string' })
  displayName: string;

  @ApiProperty({ enum: ACCOUNT_TYPES, example: 2 })
  @IsIn(ACCOUNT_TYPES, { message: 'type must be an integer from 1 to 8' })
  @IsInt({ message: 'type must be an integer from 1 to 8' })
  type: AccountType;

  @ApiProperty({ type: [String], example: ['subscriber_module', 'add_subscriber'] })
  @ArrayMaxSize(500)
  @MaxLength(64, { each: true })
  @IsString({ each: true, message: 'each permission must be a string' })
  @IsArray({ message: 'permissions must be an array of permission keys' })
  permissions: string[];
}
