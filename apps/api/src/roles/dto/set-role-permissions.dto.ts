import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class SetRolePermissionsDto {
  @ApiProperty({ type: [String], example: ['subscriber_module', 'add_subscriber'], description: 'The whole new set' })
  @IsArray({ message: 'permissions must be an array of permission keys' })
  @ArrayMaxSize(500)
  @IsString({ each: true, message: 'each permission must be a string' })
  @MaxLength(64, { each: true })
  permissions: string[];

  @ApiPropertyOptional({ description: 'The version read; a stale one answers 409' })
  @IsOptional()
  @IsInt({ message: 'version must be an integer' })
  @Min(1)
  version?: number;
}
