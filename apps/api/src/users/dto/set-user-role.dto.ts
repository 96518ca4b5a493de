import { ApiProperty } from '@nestjs/swagger';
import { IsId } from '../../common/fields';

export class SetUserRoleDto {
  @ApiProperty()
  @IsId()
  roleId: number;
}
