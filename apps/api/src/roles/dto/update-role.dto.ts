import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCOUNT_TYPES, AccountType } from '@tiergate/access';
import { IsInt, IsString, Matches, MaxLength } from 'class-validator';
import { OptionalField } from '../../common/fields';
import { ROLE_NAME_MESSAGE, ROLE_NAME_PATTERN } from './create-role.dto';

export class UpdateRoleDto {
  @ApiProperty({ example: 'Senior Sales Manager' })
  @MaxLength(60)
  @Matches(ROLE_NAME_PATTERN, { message: ROLE_NAME_MESSAGE })
  @IsString({ message: 'name must be a string' })
  name: string;

  /** Accepted only when it equals the role's type (R3): a different one answers 400. */
  @ApiPropertyOptional({ enum: ACCOUNT_TYPES, description: 'Must equal the current type: a role type can never change' })
  @OptionalField()
  @IsInt({ message: 'type must be an integer' })
  type?: AccountType;
}
