import { applyDecorators } from '@nestjs/common';
import { billingPeriodProblem, PERIOD_PATTERN } from '@tiergate/access';
import { IsString, Matches, ValidateBy } from 'class-validator';

/** A billing month, `YYYY-MM`. */
export const IsPeriod = () =>
  applyDecorators(
    Matches(PERIOD_PATTERN, { message: '$property must be a month as YYYY-MM, such as 2026-11' }),
    IsString({ message: '$property must be a string' }),
  );

/** A month a billing run may bill (R14): `YYYY-MM` within the window of the current month that the CLI also applies. */
export const IsBillingPeriod = () =>
  applyDecorators(
    IsString({ message: '$property must be a string' }),
    ValidateBy({
      name: 'isBillingPeriod',
      validator: {
        validate: (value) => typeof value !== 'string' || billingPeriodProblem(value) === null,
        defaultMessage: (args) => `${args?.property} ${billingPeriodProblem(String(args?.value))}`,
      },
    }),
  );
