import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';

/** The per-manager granular permissions (spec/managers.txt): both lists are replaced whole. */
export class SetUserPermissionsDto {
  @ApiProperty({ type: [String], example: ['subscriber_payment'] })
  @ArrayMaxSize(500)
  @MaxLength(64, { each: true })
  @IsString({ each: true, message: 'each grant must be a string' })
  @IsArray({ message: 'grants must be an array of permission keys' })
  grants: string[];

  @ApiProperty({ type: [String], example: ['delete_subscriber'] })
  @ArrayMaxSize(500)
  @MaxLength(64, { each: true })
  @IsString({ each: true, message: 'each revoke must be a string' })
  @IsArray({ message: 'revokes must be an array of permission keys' })
  revokes: string[];
}
