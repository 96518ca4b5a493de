import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type PaymentMethod } from '@tiergate/access';

/** The Method choices of a Select. */
export const PAYMENT_METHOD_OPTIONS = PAYMENT_METHODS.map((value) => ({ value, label: PAYMENT_METHOD_LABELS[value] }));

export function methodLabel(method: string): string {
  return PAYMENT_METHOD_LABELS[method as PaymentMethod] ?? method;
}
