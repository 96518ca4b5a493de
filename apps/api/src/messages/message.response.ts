import { ApiProperty } from '@nestjs/swagger';
import { MAX_MESSAGE_RECIPIENTS, MAX_REMINDER_DAYS, MESSAGE_PROVIDERS, MESSAGE_STATUSES, MessageProvider, MessageStatus } from '@tiergate/access';
import { ApiDateTime, ApiInt, KeysetPageAnswer } from '../common/api-answers';

export class MessageResponse {
  @ApiInt() id: number;
  @ApiInt({ nullable: true, description: 'null once the subscriber was deleted: its messages stay in the history' }) subscriberId: number | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The subscriber\'s name (UI.md "People, not ids"); null once deleted' })
  subscriberName: string | null;
  @ApiProperty({ description: 'The phone number it went (or goes) to' }) to: string;
  @ApiProperty({ description: 'The text as sent, placeholders filled' }) body: string;
  @ApiProperty({ enum: MESSAGE_STATUSES }) status: MessageStatus;
  @ApiProperty({ enum: MESSAGE_PROVIDERS }) provider: MessageProvider;
  @ApiProperty({ type: 'string', nullable: true, description: "Why it failed: the gateway's answer, a timeout, …" }) error: string | null;
  @ApiDateTime() createdAt: Date;
  @ApiDateTime({ nullable: true }) sentAt: Date | null;
}

export class MessagePage extends KeysetPageAnswer {
  @ApiProperty({ type: [MessageResponse] }) items: MessageResponse[];
}

export class MessageJobAccepted {
  @ApiProperty({ description: 'For GET /messages/jobs/{jobId}' }) jobId: string;
  @ApiInt({ minimum: 0, description: 'Recipients in the group when it was asked (those without a phone are skipped)' }) recipients: number;
}

export class MessageRecipientCount {
  @ApiInt({ minimum: 0, description: `Subscribers a send would reach now; above ${MAX_MESSAGE_RECIPIENTS} a send is refused` }) recipients: number;
  @ApiInt({ minimum: 0, description: 'Of those, how many have no phone and would be skipped' }) withoutPhone: number;
}

export class MessageJobStatus {
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) state: string;
  @ApiInt({ minimum: 0, maximum: 100, description: 'Percent done' }) progress: number;
  @ApiInt() sent: number;
  @ApiInt() failed: number;
  @ApiInt({ description: 'Recipients without a phone number' }) skipped: number;
}

export class MessageTemplateResponse {
  @ApiInt() id: number;
  @ApiProperty() name: string;
  @ApiProperty() body: string;
  @ApiDateTime() createdAt: Date;
  @ApiDateTime() updatedAt: Date;
}

/** The token is never answered: `tokenSet` says whether one is stored. */
export class MessageSettingsResponse {
  @ApiProperty({ enum: MESSAGE_PROVIDERS }) provider: MessageProvider;
  @ApiProperty({ type: 'string', nullable: true }) url: string | null;
  @ApiProperty({ type: 'string', nullable: true }) sender: string | null;
  @ApiProperty({ description: 'Whether a gateway token is stored (the token itself is never answered)' }) tokenSet: boolean;
  @ApiProperty() reminderEnabled: boolean;
  @ApiInt({ minimum: 1, maximum: MAX_REMINDER_DAYS }) reminderDays: number;
  @ApiInt({ nullable: true }) reminderTemplateId: number | null;
}
