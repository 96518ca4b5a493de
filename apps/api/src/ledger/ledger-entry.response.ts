import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiInt, ApiMoney, KeysetPageAnswer } from '../common/api-answers';

/** A ledger entry as API.md shows it: about an operator's balance (accountId) or a subscriber's (subscriberId), never both. */
export class LedgerEntryResponse {
  @ApiInt() id: number;
  @ApiDateTime() at: Date;
  @ApiInt({ required: false }) accountId?: number;
  @ApiInt({ required: false }) subscriberId?: number;
  @ApiProperty({ example: 'topup' }) kind: string;
  @ApiMoney() amount: string;
  @ApiMoney() balanceAfter: string;
  @ApiProperty({ type: 'string', nullable: true }) refType: string | null;
  @ApiProperty({ type: 'string', nullable: true }) refId: string | null;
  @ApiProperty({ type: 'string', nullable: true }) note: string | null;
}

/** A listed entry names whose balance it is, the invoice it refers to and the other account (UI.md "People, not ids"). */
export class ListedLedgerEntryResponse extends LedgerEntryResponse {
  @ApiProperty({ type: 'string', nullable: true, required: false, description: 'With accountId' }) accountName?: string | null;
  @ApiProperty({ type: 'string', nullable: true, required: false, description: 'With subscriberId' }) subscriberName?: string | null;
  @ApiProperty({ type: 'string', nullable: true, example: 'INV-000123' }) invoiceNumber: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The other account of a transfer, null outside the caller’s reach' })
  refAccountName: string | null;
}

export class LedgerPage extends KeysetPageAnswer {
  @ApiProperty({ type: [ListedLedgerEntryResponse] }) items: ListedLedgerEntryResponse[];
}
