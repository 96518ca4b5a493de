import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiInt, ApiMoney, KeysetPageAnswer } from '../common/api-answers';

/** A subscriber as API.md shows it. */
export class SubscriberResponse {
  @ApiInt() id: number;
  @ApiProperty() username: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'string', nullable: true }) phone: string | null;
  @ApiProperty({ type: 'string', nullable: true }) address: string | null;
  @ApiInt() ownerId: number;
  @ApiInt({ nullable: true }) packageId: number | null;
  @ApiProperty({ enum: ['active', 'suspended', 'expired'] }) status: 'active' | 'suspended' | 'expired';
  @ApiDateTime({ nullable: true }) expiresAt: Date | null;
  @ApiMoney() balance: string;
  @ApiDateTime() createdAt: Date;
  @ApiProperty({ type: 'string', nullable: true, description: 'The package’s name (UI.md "People, not ids")' }) packageName: string | null;
}

export class SubscriberPage extends KeysetPageAnswer {
  @ApiProperty({ type: [SubscriberResponse] }) items: SubscriberResponse[];
}

export class SubscriberNoteResponse {
  @ApiInt() id: number;
  @ApiInt({ nullable: true, description: 'Null once the author account is deleted; the name stays' }) authorId: number | null;
  @ApiProperty() authorName: string;
  @ApiProperty() body: string;
  @ApiDateTime() createdAt: Date;
}
