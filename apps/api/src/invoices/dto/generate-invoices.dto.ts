import { ApiProperty } from '@nestjs/swagger';
import { IsPeriod } from './period';

export class GenerateInvoicesDto {
  @ApiProperty({ example: '2026-11' })
  @IsPeriod()
  period: string;
}
