import { MAX_MONEY_AMOUNT } from '@tiergate/access';
import { formatPrice } from './format';

/**
 * Money in the panel: amounts are typed as text and sent as the decimal string typed ("1250.5" → "1250.50"), never
 * through a float, so what the API stores is exactly what the person typed (API.md: exact money, 2 decimals).
 */
const AMOUNT = /^-?\d{1,12}(?:[.,]\d{1,2})?$/;

/** The typed amount as the API's decimal string ("12,5" → "12.50"), or null when it is not an amount. */
export function moneyOf(text: string): string | null {
  const t = text.trim().replace(/\s/g, '');
  if (!AMOUNT.test(t)) return null;
  const [whole, frac = ''] = t.replace(',', '.').split('.');
  return `${whole}.${frac.padEnd(2, '0')}`;
}

/** A @mantine/form rule for an amount: positive unless `allowNegative`, never zero, within the API's cap (R14). */
export function amountRule(options: { allowNegative?: boolean; optional?: boolean } = {}) {
  return (value: string): string | null => {
    if (!value.trim()) return options.optional ? null : 'Enter an amount';
    const money = moneyOf(value);
    if (money === null) return 'An amount such as 1250 or 1250.50 (at most 2 decimals)';
    if (Number(money) === 0) return 'The amount cannot be zero';
    if (!options.allowNegative && money.startsWith('-')) return 'The amount must be positive';
    if (Math.abs(Number(money)) > MAX_MONEY_AMOUNT) return `At most ${formatPrice(MAX_MONEY_AMOUNT)}`;
    return null;
  };
}

/** A money string from the API for reading: the user's locale, 2 decimals ("1250.00" → "1,250.00"). */
export function formatMoney(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '—' : formatPrice(value);
}
