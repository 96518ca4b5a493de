import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_REMINDER_DAYS, MESSAGE_PROVIDERS, MessageProvider } from '@tiergate/access';
import { IsBoolean, IsIn, IsString, IsUrl, MaxLength } from 'class-validator';
import { ClearableField, IsId, IsIntegerIn, OptionalField } from '../../common/fields';

/** Every field but `provider` may be left out (kept); `null` clears url, token, sender and the reminder's template. */
export class UpdateMessageSettingsDto {
  @ApiProperty({ enum: MESSAGE_PROVIDERS })
  @IsIn(MESSAGE_PROVIDERS, { message: 'provider must be outbox or http' })
  provider: MessageProvider;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 500, example: 'https://sms.example.com/send', description: 'Needed by the http provider' })
  @ClearableField()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http or https URL' })
  @MaxLength(500)
  @IsString({ message: 'url must be a string' })
  url?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 500, writeOnly: true, description: 'Sent as a bearer token; never answered' })
  @ClearableField()
  @MaxLength(500)
  @IsString({ message: 'token must be a string' })
  token?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 50, example: 'MyISP' })
  @ClearableField()
  @MaxLength(50)
  @IsString({ message: 'sender must be a string' })
  sender?: string | null;

  @ApiPropertyOptional({ description: 'Expiry reminders on or off (off by default)' })
  @OptionalField()
  @IsBoolean({ message: 'reminderEnabled must be true or false' })
  reminderEnabled?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_REMINDER_DAYS, description: 'How many days before expiry' })
  @OptionalField()
  @IsIntegerIn(1, MAX_REMINDER_DAYS)
  reminderDays?: number;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'The template reminders use; needed to switch reminders on' })
  @ClearableField()
  @IsId()
  reminderTemplateId?: number | null;
}
