import { setCurrency } from '../session/currency';
import { amountRule, formatMoney, moneyOf } from './money';

describe('money typed in the panel', () => {
  it('becomes the API’s decimal string without going through a float', () => {
    expect(moneyOf('1250')).toBe('1250.00');
    expect(moneyOf('1250.5')).toBe('1250.50');
    expect(moneyOf('12,5')).toBe('12.50');
    expect(moneyOf(' -500 ')).toBe('-500.00');
    expect(moneyOf('999999999999.99')).toBe('999999999999.99');
    expect(moneyOf('0.1')).toBe('0.10');
  });

  it('takes amounts as the screens show them, digit groups included', () => {
    expect(moneyOf('1,500.50')).toBe('1500.50');
    expect(moneyOf('1,500')).toBe('1500.00');
    expect(moneyOf('-1,234,567.89')).toBe('-1234567.89');
    expect(moneyOf('1.500,50')).toBe('1500.50');
    expect(moneyOf('1 500,50')).toBe('1500.50');
    expect(moneyOf('1\u202f500,5')).toBe('1500.50');
    expect(moneyOf('1,00,000.00')).toBe('100000.00');
    for (const bad of ['1,50,0', '1,,500', '1.500.50', '1,500.5.0', ',500', '1,500.505', '1,234.567,00', '1.500,000.00']) expect(moneyOf(bad)).toBeNull();
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '1e3', '--1', '1.2.3', '12 34x']) expect(moneyOf(bad)).toBeNull();
  });

  it('says why an amount is refused', () => {
    expect(amountRule()('')).toBe('Enter an amount');
    expect(amountRule()('-5')).toBe('The amount must be positive');
    expect(amountRule({ allowNegative: true })('-5')).toBeNull();
    expect(amountRule()('0.00')).toBe('The amount cannot be zero');
    expect(amountRule({ optional: true })('')).toBeNull();
    expect(amountRule()('1.999')).toMatch(/at most 2 decimals/);
    expect(amountRule({ allowNegative: true })('-1000000000.01')).toMatch(/^At most 1.000.000.000/);
    expect(amountRule()('1000000000')).toBeNull();
  });

  it('shows the installation’s currency, and reads amounts written with it', () => {
    setCurrency('USD');
    try {
      expect(formatMoney('1500.5')).toBe('$1,500.50');
      expect(moneyOf('$1,500.50')).toBe('1500.50');
      expect(moneyOf('USD 1,500.50')).toBe('1500.50');
      expect(moneyOf('-$20')).toBe('-20.00');
    } finally {
      setCurrency(null);
    }
    expect(formatMoney('1500.5')).toBe('1,500.50');
    expect(moneyOf('$1,500.50')).toBeNull();
  });
});
