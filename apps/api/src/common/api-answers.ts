import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions, ApiResponse, DECORATORS } from '@nestjs/swagger';
import { ACCOUNT_TYPES, ALL_PERMISSION_KEYS, ERROR_CODES, ErrorCode } from '@tiergate/access';
import { MAX_COUNTED_TOTAL } from './page-limit';

/**
 * How the OpenAPI document describes answers (API.md's first paragraph: every operation declares every answer it
 * gives, with its schema). The same schemas serialize the answers (openapi/response-schemas.ts).
 */

/** The contract's error body: NestJS's shape plus `code`, the cause a client branches on (ERROR_CODES). */
export class ErrorResponse {
  @ApiProperty({ type: 'integer', example: 404 }) statusCode: number;
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], example: 'Subscriber 12 not found' })
  message: string | string[];
  @ApiProperty({ example: 'Not Found' }) error: string;
  @ApiProperty({
    enum: Object.keys(ERROR_CODES),
    description: 'A stable machine-readable cause (docs/decisions.md, "Error codes")',
    example: 'NOT_ELIGIBLE_TO_DELETE',
  })
  code: ErrorCode;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 429 | 503;

/** Error answers of a route or of every route of a controller, each with the shared error schema. */
export const ApiErrors = (errors: Partial<Record<ErrorStatus, string>>) =>
  applyDecorators(...Object.entries(errors).map(([status, description]) => ApiResponse({ status: Number(status), description, type: ErrorResponse })));

/** Errors every route of a kind answers; a route's own description of the same status (ApiErrors) wins, whatever the decorator order. */
export function ApiCommonErrors(errors: Partial<Record<ErrorStatus, string>>): MethodDecorator {
  return (target, key, descriptor) => {
    const declared: Record<string, unknown> = Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor.value as object) ?? {};
    const missing = Object.entries(errors).filter(([status]) => !(status in declared));
    ApiErrors(Object.fromEntries(missing))(target, key, descriptor);
  };
}

export const MONEY_PATTERN = '^-?\\d+\\.\\d{2}$';

/** Money as API.md sends it: a decimal string with 2 places ("1250.00"). */
export const ApiMoney = (options: ApiPropertyOptions = {}) =>
  ApiProperty({ type: 'string', pattern: MONEY_PATTERN, example: '1250.00', ...options } as ApiPropertyOptions);

/** A record id (or any whole number: a count, a version): a JSON integer. */
export const ApiInt = (options: ApiPropertyOptions = {}) => ApiProperty({ type: 'integer', ...options } as ApiPropertyOptions);

/** An account type, 1 (Admin) to 8; a nullable one lists null among its values too (OpenAPI 3.0: an enum allows only what it lists). */
export const ApiAccountType = (options: ApiPropertyOptions = {}) =>
  ApiInt({ enum: [...ACCOUNT_TYPES, ...('nullable' in options && options.nullable ? [null] : [])], ...options } as ApiPropertyOptions);

/** Permission keys of the catalog (libs/access), declared once in the document as the enum PermissionKey. */
export const ApiPermissionKeys = (options: ApiPropertyOptions = {}) =>
  ApiProperty({ enum: ALL_PERMISSION_KEYS, enumName: 'PermissionKey', isArray: true, ...options } as ApiPropertyOptions);

/** A moment, as JSON sends a Date: an ISO 8601 date-time in UTC. */
export const ApiDateTime = (options: ApiPropertyOptions = {}) => ApiProperty({ type: 'string', format: 'date-time', ...options } as ApiPropertyOptions);

/** A keyset page (common/keyset): opaque cursors both ways, and how many rows match the filters in the caller's scope. */
export class KeysetPageAnswer {
  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the page before; null on the first page' }) prevCursor: string | null;
  @ApiInt({ minimum: 0, maximum: MAX_COUNTED_TOTAL, description: `How many match the filters in the caller's scope, counted up to ${MAX_COUNTED_TOTAL}` })
  total: number;
  @ApiProperty({ description: `True when more than ${MAX_COUNTED_TOTAL} match (total is then ${MAX_COUNTED_TOTAL})` }) totalCapped: boolean;
}

/** Money in a request: a JSON number or a decimal string, at most 2 decimals (fields.ts IsMoney checks the range). */
export const ApiMoneyInput = (options: ApiPropertyOptions = {}) =>
  ApiProperty({
    oneOf: [{ type: 'string', pattern: '^-?\\d{1,10}(\\.\\d{1,2})?$' }, { type: 'number' }],
    example: '1250.00',
    ...options,
  } as ApiPropertyOptions);
