import { applyDecorators } from '@nestjs/common';
import { PERIOD_PATTERN } from '@tiergate/access';
import { IsString, Matches } from 'class-validator';

/** A billing month, `YYYY-MM`. */
export const IsPeriod = () =>
  applyDecorators(Matches(PERIOD_PATTERN, { message: '$property must be a month as YYYY-MM, such as 2026-11' }), IsString({ message: '$property must be a string' }));

/** The current month in UTC, the default period. */
export function currentPeriod(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}
