import { ApiProperty } from '@nestjs/swagger';
import { IsId } from '../../common/fields';

export class ChangePackageDto {
  @ApiProperty()
  @IsId()
  packageId: number;
}
