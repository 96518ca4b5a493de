import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

/** `<roleId>` (its permissions now) or `<roleId>@<version>` (as that version of its history left them). */
export const ROLE_AT_VERSION = /^[1-9]\d{0,9}(@[1-9]\d{0,9})?$/;
const MESSAGE = (side: string) => `${side} must be a role id, optionally followed by @ and a version of its history (12 or 12@3)`;

export class CompareRolesQuery {
  @ApiProperty({ example: '12@3', pattern: ROLE_AT_VERSION.source, description: 'A role id, optionally `@version`; without it, the role as it is now' })
  @Matches(ROLE_AT_VERSION, { message: MESSAGE('a') })
  @IsString({ message: MESSAGE('a') })
  a: string;

  @ApiProperty({ example: '12', pattern: ROLE_AT_VERSION.source, description: 'The same for the other side' })
  @Matches(ROLE_AT_VERSION, { message: MESSAGE('b') })
  @IsString({ message: MESSAGE('b') })
  b: string;
}
