import { ApiProperty } from '@nestjs/swagger';
import { MAX_TEMPLATE_NAME_LENGTH } from '@tiergate/access';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsMessageBody } from './message-body';

export class CreateMessageTemplateDto {
  @ApiProperty({ example: 'Expiry reminder', maxLength: MAX_TEMPLATE_NAME_LENGTH })
  @MaxLength(MAX_TEMPLATE_NAME_LENGTH, { message: `name must be at most ${MAX_TEMPLATE_NAME_LENGTH} characters` })
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsString({ message: 'name must be a string' })
  name: string;

  @IsMessageBody()
  body: string;
}
