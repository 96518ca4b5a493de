import { applyDecorators } from '@nestjs/common';
import { MAX_MESSAGE_BODY_LENGTH, MESSAGE_PLACEHOLDERS } from '@tiergate/access';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

/** A message's text as written, with placeholders (the service names unknown ones in its 400). */
export const IsMessageBody = (options: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiProperty({
      maxLength: MAX_MESSAGE_BODY_LENGTH,
      example: 'Dear {{name}}, your connection expires on {{expiresAt}}.',
      description: `Placeholders: ${MESSAGE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
      ...options,
    } as ApiPropertyOptions),
    MaxLength(MAX_MESSAGE_BODY_LENGTH, { message: `$property must be at most ${MAX_MESSAGE_BODY_LENGTH} characters` }),
    Matches(/\S/, { message: '$property must not be empty' }),
    IsString({ message: '$property must be a string' }),
  );
