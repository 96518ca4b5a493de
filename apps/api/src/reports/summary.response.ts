import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiDateTime, ApiInt, ApiMoney, MONEY_PATTERN } from '../common/api-answers';
import { PAYMENT_METHODS } from '@tiergate/access';

/** Payments of one UTC day. */
export class DayTakings {
  @ApiProperty({ format: 'date', example: '2026-05-01' }) day: string;
  @ApiMoney() total: string;
  @ApiInt() count: number;
}

export class OperatorTakings {
  @ApiInt() ownerId: number;
  @ApiProperty() ownerName: string;
  @ApiMoney() total: string;
  @ApiInt() count: number;
}

export class PaymentsSection {
  @ApiMoney() total: string;
  @ApiInt() count: number;
  @ApiProperty({ type: [DayTakings] }) byDay: DayTakings[];
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(PAYMENT_METHODS.map((m) => [m, { type: 'string', pattern: MONEY_PATTERN }])),
    required: [...PAYMENT_METHODS],
    selfRequired: true, // `required` above lists the methods; the section always carries byMethod itself
  })
  byMethod: Record<string, string>;
  @ApiProperty({ type: [OperatorTakings] }) byOperator: OperatorTakings[];
}

export class InvoiceTally {
  @ApiInt() count: number;
  @ApiMoney() amount: string;
}

export class InvoicesSection {
  @ApiProperty({ type: InvoiceTally }) issued: InvoiceTally;
  @ApiProperty({ type: InvoiceTally }) paid: InvoiceTally;
  @ApiProperty({ type: InvoiceTally }) open: InvoiceTally;
  @ApiProperty({ type: InvoiceTally }) void: InvoiceTally;
}

export class SubscribersSection {
  @ApiInt() active: number;
  @ApiInt() suspended: number;
  @ApiInt() expired: number;
  @ApiInt() expiringIn7Days: number;
}

/** GET /reports/summary: each section only with its permission. */
export class SummaryResponse {
  @ApiDateTime({ description: 'Start of the period (inclusive)' }) from: Date | string;
  @ApiDateTime({ description: 'End of the period (exclusive)' }) to: Date | string;
  @ApiPropertyOptional({ type: PaymentsSection, description: 'With payment_reports' }) payments?: PaymentsSection;
  @ApiPropertyOptional({ type: InvoicesSection, description: 'With invoice_reports' }) invoices?: InvoicesSection;
  @ApiPropertyOptional({ type: SubscribersSection, description: 'With subscriber_reports' }) subscribers?: SubscribersSection;
}
