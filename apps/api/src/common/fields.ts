import { applyDecorators } from '@nestjs/common';
import { PHONE_PATTERN } from '@tiergate/access';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';
import { MAX_INT } from './id.pipe';

/**
 * The shared field rules of every DTO, one decorator per kind of field, so that a rule changes in one place.
 * Each one names the field in its message (class-validator's property name).
 */

/** May be left out; `null` is refused like any other wrong value (400). */
export const OptionalField = () => ValidateIf((_, value) => value !== undefined);

/** May be left out, or `null` to clear the stored value (phone, address, description). */
export const ClearableField = () => IsOptional();

/** Query strings arrive as text: plain digits become a number, anything else ("12abc", "1e308", " 5") stays text and fails. */
const integerFromQuery = Transform(({ value }) => (typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value));

/** An integer from `min` to `max`; bodies must send a JSON number, queries plain digits. */
export function IsIntegerIn(min: number, max: number, options: { query?: boolean } = {}): PropertyDecorator {
  const check = ValidateBy({
    name: 'isIntegerIn',
    constraints: [min, max],
    validator: {
      validate: (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
      defaultMessage: (args) => `${args?.property} must be an integer from ${min} to ${max}`,
    },
  });
  return options.query ? applyDecorators(integerFromQuery, check) : check;
}

/** A record id in a body or query: 1 to 2^31-1, PostgreSQL's int (path ids go through IdPipe, same range). */
export const IsId = (options: { query?: boolean } = {}) => IsIntegerIn(1, MAX_INT, options);

/**
 * An amount of money with at most 2 decimals, from `min` to `max`: a JSON number written plainly (`12.5`, not
 * `1e-7` or `0.30000000000000004`, which would round silently) or the same as a decimal string (`"12.50"`).
 */
export function IsMoney(min: number, max: number): PropertyDecorator {
  return ValidateBy({
    name: 'isMoney',
    constraints: [min, max],
    validator: {
      validate: (value) =>
        (typeof value === 'number' || typeof value === 'string') &&
        /^-?\d{1,10}(\.\d{1,2})?$/.test(String(value)) &&
        Number(value) >= min &&
        Number(value) <= max,
      defaultMessage: (args) => `${args?.property} must be an amount from ${min} to ${max} with at most 2 decimals`,
    },
  });
}

/** A phone number as typed: digits, spaces, parentheses and dashes, an optional leading +. */
export const IsPhone = () =>
  applyDecorators(IsString({ message: '$property must be a string' }), Matches(PHONE_PATTERN, { message: '$property must be a phone number' }));

/** A password being set (a new account's, a changed one): at least 8 characters, at most 200 (argon2 hashes it). */
export const IsNewPassword = () =>
  applyDecorators(IsString({ message: '$property must be a string' }), MaxLength(200), MinLength(8, { message: '$property must be at least 8 characters' }));

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;
const MAX_OFFSET_MINUTES = 14 * 60;

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * A calendar date or date-time that both PostgreSQL and JavaScript's Date take and mean the same by:
 * `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.ffffff]][Z|±hh:mm]`, years 0001-9999, a real day of the month,
 * offsets up to ±14:00. Week dates, ordinal dates, year 0000 and `+19:00` offsets are refused.
 */
export function isStorableDateTime(value: unknown): boolean {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = m
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  return (
    year! >= 1 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth(year!, month!) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetMinutes <= 59 &&
    offsetHours * 60 + offsetMinutes <= MAX_OFFSET_MINUTES
  );
}

export const IsDateTime = () =>
  ValidateBy({
    name: 'isStorableDateTime',
    validator: {
      validate: isStorableDateTime,
      defaultMessage: (args) => `${args?.property} must be an ISO 8601 date or time such as 2024-05-01 or 2024-05-01T12:00:00Z`,
    },
  });
