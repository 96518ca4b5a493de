import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiInt, ApiMoney } from '../common/api-answers';

export class PackageResponse {
  @ApiInt() id: number;
  @ApiProperty() name: string;
  @ApiMoney() price: string;
  @ApiInt() validityDays: number;
  @ApiProperty({ type: 'string', nullable: true }) description: string | null;
  @ApiDateTime() createdAt: Date;
}
