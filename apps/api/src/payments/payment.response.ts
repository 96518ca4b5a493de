import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiInt, ApiMoney, KeysetPageAnswer } from '../common/api-answers';
import { PAYMENT_METHODS } from '@tiergate/access';

/** A payment as API.md shows it. */
export class PaymentResponse {
  @ApiInt() id: number;
  @ApiInt() subscriberId: number;
  @ApiInt({ nullable: true }) invoiceId: number | null;
  @ApiMoney() amount: string;
  @ApiProperty({ enum: PAYMENT_METHODS }) method: string;
  @ApiProperty({ type: 'string', nullable: true }) reference: string | null;
  @ApiInt({ nullable: true }) receivedBy: number | null;
  @ApiDateTime() createdAt: Date;
  @ApiDateTime({ nullable: true }) voidedAt: Date | null;
}

/** A listed payment names its subscriber, its invoice and who took it (null outside the caller's reach). */
export class ListedPaymentResponse extends PaymentResponse {
  @ApiProperty() subscriberName: string;
  @ApiProperty({ type: 'string', nullable: true, example: 'INV-000123' }) invoiceNumber: string | null;
  @ApiProperty({ type: 'string', nullable: true }) receivedByName: string | null;
}

export class PaymentPage extends KeysetPageAnswer {
  @ApiProperty({ type: [ListedPaymentResponse] }) items: ListedPaymentResponse[];
}
