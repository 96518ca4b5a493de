import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { IsIntegerIn, OptionalField } from '../../common/fields';
import { MAX_INT } from '../../common/id.pipe';

export class SetRolePermissionsDto {
  @ApiProperty({ type: [String], example: ['subscriber_module', 'add_subscriber'], description: 'The whole new set' })
  @ArrayMaxSize(500)
  @MaxLength(64, { each: true })
  @IsString({ each: true, message: 'each permission must be a string' })
  @IsArray({ message: 'permissions must be an array of permission keys' })
  permissions: string[];

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409' })
  @OptionalField()
  @IsIntegerIn(1, MAX_INT)
  version?: number;
}
