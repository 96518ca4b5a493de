import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiInt, ApiMoney, KeysetPageAnswer } from '../common/api-answers';

/** An invoice as API.md shows it. */
export class InvoiceResponse {
  @ApiInt() id: number;
  @ApiProperty({ example: 'INV-000123' }) number: string;
  @ApiInt() subscriberId: number;
  @ApiInt() ownerId: number;
  @ApiProperty({ pattern: '^\\d{4}-\\d{2}$', example: '2026-05' }) period: string;
  @ApiMoney() amount: string;
  @ApiMoney() paid: string;
  @ApiProperty({ enum: ['open', 'paid', 'void'] }) status: 'open' | 'paid' | 'void';
  @ApiDateTime({ nullable: true }) dueAt: Date | null;
  @ApiDateTime() createdAt: Date;
}

/** A listed invoice names its subscriber (UI.md "People, not ids"). */
export class ListedInvoiceResponse extends InvoiceResponse {
  @ApiProperty() subscriberName: string;
}

export class InvoicePage extends KeysetPageAnswer {
  @ApiProperty({ type: [ListedInvoiceResponse] }) items: ListedInvoiceResponse[];
}

export class InvoiceJobAccepted {
  @ApiProperty({ description: 'For GET /invoices/jobs/{jobId}' }) jobId: string;
}

export class FailedBillingResponse {
  @ApiInt() subscriberId: number;
  @ApiProperty({ type: 'string', nullable: true, description: 'Null once the subscriber is outside the caller’s scope' }) subscriberName: string | null;
  @ApiProperty() reason: string;
}

export class InvoiceJobStatus {
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) state: string;
  @ApiInt({ minimum: 0, maximum: 100, description: 'Percent done' }) progress: number;
  @ApiInt() created: number;
  @ApiInt({ description: 'Already billed for the period' }) skipped: number;
  @ApiProperty({ type: [FailedBillingResponse], description: 'Not billed because billing them would break a limit (R14)' }) failed: FailedBillingResponse[];
}
