import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class ChangePackageDto {
  @ApiProperty()
  @Min(1)
  @IsInt({ message: 'packageId must be an integer' })
  packageId: number;
}
