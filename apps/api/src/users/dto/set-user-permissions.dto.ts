import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateBy } from 'class-validator';
import { isStorableDateTime } from '../../common/fields';

/** A grant with an expiry (R15): it stops counting at `expiresAt`. */
export interface ExpiringGrantInput {
  key: string;
  expiresAt?: string;
}

/** A date-time that names its moment: with `Z` or an offset, so the server's zone never decides it. */
const isMoment = (value: unknown) => isStorableDateTime(value) && /T.*(Z|[+-]\d{2}:\d{2})$/.test(value as string);

/** A plain key, or `{key, expiresAt?}` with nothing else in it. */
function isGrant(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= 64;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const { key, expiresAt, ...rest } = value as Record<string, unknown>;
  return Object.keys(rest).length === 0 && typeof key === 'string' && key.length <= 64 && (expiresAt === undefined || isMoment(expiresAt));
}

/** The per-manager granular permissions (spec/managers.txt): both lists are replaced whole. */
export class SetUserPermissionsDto {
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { type: 'string' },
        {
          type: 'object',
          required: ['key'],
          additionalProperties: false,
          properties: {
            key: { type: 'string' },
            expiresAt: { type: 'string', format: 'date-time', description: 'In the future, at most GRANT_EXPIRY_MAX_DAYS (366) days ahead' },
          },
        },
      ],
    },
    example: ['subscriber_payment', { key: 'add_subscriber', expiresAt: '2026-12-31T18:00:00Z' }],
    description: 'Permission keys, or `{key, expiresAt}` for a grant that stops counting at that moment (R15)',
  })
  @ArrayMaxSize(500)
  @ValidateBy(
    {
      name: 'isGrant',
      validator: {
        validate: isGrant,
        defaultMessage: () =>
          'each grant must be a permission key or {key, expiresAt} with expiresAt a date-time with a time zone, such as 2026-12-31T18:00:00Z',
      },
    },
    { each: true },
  )
  @IsArray({ message: 'grants must be an array of permission keys' })
  grants: (string | ExpiringGrantInput)[];

  @ApiProperty({ type: [String], example: ['delete_subscriber'] })
  @ArrayMaxSize(500)
  @MaxLength(64, { each: true })
  @IsString({ each: true, message: 'each revoke must be a string' })
  @IsArray({ message: 'revokes must be an array of permission keys' })
  revokes: string[];
}
