import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiInt, ApiMoney, NextCursor } from '../common/api-answers';

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

export class LedgerPage extends NextCursor {
  @ApiProperty({ type: [LedgerEntryResponse] }) items: LedgerEntryResponse[];
}
