import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsDateTime, IsIntegerIn, OptionalField } from './fields';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;
/** A list counts the rows that match up to this many (common/keyset, docs/decisions.md "Keyset lists"). */
export const MAX_COUNTED_TOTAL = 10_000;

/** Keyset pagination (common/keyset): `cursor` is a nextCursor or prevCursor of the list, passed back unchanged. */
export class CursorQuery {
  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'Opaque: the nextCursor or prevCursor of a page of this list with the same sort; left out, the first page',
  })
  @OptionalField()
  @MaxLength(1000)
  @IsString({ message: 'cursor must be a string' })
  cursor?: string;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_LIMIT, maximum: MAX_PAGE_LIMIT })
  @OptionalField()
  @IsIntegerIn(1, MAX_PAGE_LIMIT, { query: true })
  limit?: number;
}

/** A list's `sort`: one of its sort fields, ascending, or descending with a leading `-`. */
export type SortParam<F extends string> = F | `-${F}`;

/** The `sort` of a list that sorts by `fields`; left out, the list is newest first (the order of entry). */
export function IsSort(fields: readonly string[]): PropertyDecorator {
  const values = fields.flatMap((field) => [field, `-${field}`]);
  return applyDecorators(
    ApiPropertyOptional({ enum: values, description: 'A field to sort by, `-` before it for descending; left out, newest first' }),
    OptionalField(),
    IsIn(values, { message: `sort must be one of ${values.join(', ')}` }),
  );
}

/** The lists of records in time (audit, invoices, payments, ledger): keyset pages within `[from, to)`. */
export class TimeRangeCursorQuery extends CursorQuery {
  @ApiPropertyOptional({ description: 'ISO 8601 time, inclusive' })
  @OptionalField()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 time, exclusive' })
  @OptionalField()
  @IsDateTime()
  to?: string;
}
