import { MAX_MONEY_AMOUNT } from '@tiergate/access';
import { currencyMarks } from '../session/currency';
import { formatPrice } from './format';

/**
 * Money in the panel: amounts are typed as text and sent as the decimal string typed ("1250.5" → "1250.50"), never
 * through a float, so what the API stores is exactly what the person typed (API.md: exact money, 2 decimals).
 */
/** The digit-group separator of the screens' own numbers (formatPrice): "," in en-US, "." in de-DE; none when a space. */
const GROUP =
  new Intl.NumberFormat()
    .formatToParts(12345.6)
    .find((p) => p.type === 'group')
    ?.value.replace(/\s/, '') ?? '';

/**
 * The typed amount as the API's decimal string, or null when it is not an amount. It takes what the screens show
 * ("1,500.50", "1.500,50", "1 500,50", with the currency or without) as well as plain "1500.5" and "12,5": with both "." and "," the last one is
 * the decimal mark; one mark alone is the decimal mark unless it groups three digits the way the screens do.
 */
export function moneyOf(text: string): string | null {
  const bare = currencyMarks().reduce((t, mark) => t.split(mark).join(''), text);
  const match = /^(-?)(\d[\d.,]*)$/.exec(bare.replace(/[\s'’]/g, ''));
  if (!match) return null;
  const [, sign, digits] = match;
  const at = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  const mark = digits[at];
  const both = digits.includes('.') && digits.includes(',');
  const once = digits.indexOf(mark) === at;
  const decimal = at >= 0 && (both || (once && !(mark === GROUP && digits.length - at - 1 === 3)));
  const whole = decimal ? digits.slice(0, at) : digits;
  const frac = decimal ? digits.slice(at + 1) : '';
  if (decimal && !/^\d{1,2}$/.test(frac)) return null;
  // Groups: one separator throughout, the last group of three digits (en-IN's groups of two before it too).
  const plain = /^\d+$/.test(whole)
    ? whole
    : /^\d{1,3}(?:([.,])\d{2,3})*?([.,])\d{3}$/.test(whole) && new Set(whole.replace(/\d/g, '')).size === 1
      ? whole.replace(/[.,]/g, '')
      : null;
  if (plain === null || plain.length > 12) return null;
  return `${sign}${plain}.${frac.padEnd(2, '0')}`;
}

/** A @mantine/form rule for an amount: positive unless `allowNegative`, never zero, within the API's cap (R14). */
export function amountRule(options: { allowNegative?: boolean; optional?: boolean } = {}) {
  return (value: string): string | null => {
    if (!value.trim()) return options.optional ? null : 'Enter an amount';
    const money = moneyOf(value);
    if (money === null) return `An amount such as 1250 or ${formatPrice(1250.5)} (at most 2 decimals)`;
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
