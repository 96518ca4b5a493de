import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class SetUserRoleDto {
  @ApiProperty()
  @Min(1)
  @IsInt({ message: 'roleId must be an integer' })
  roleId: number;
}
