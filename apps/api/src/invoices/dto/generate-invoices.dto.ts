import { ApiProperty } from '@nestjs/swagger';
import { IsBillingPeriod } from './period';

export class GenerateInvoicesDto {
  @ApiProperty({ example: '2026-11', description: 'YYYY-MM, from 24 months before the current month (UTC) to 1 month after it' })
  @IsBillingPeriod()
  period: string;
}
