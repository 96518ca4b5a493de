import { periodRule } from './period';

describe('billing periods', () => {
  it('are months as YYYY-MM', () => {
    expect(periodRule('2026-11')).toBeNull();
    expect(periodRule('2026-13')).not.toBeNull();
    expect(periodRule('2026-1')).not.toBeNull();
    expect(periodRule('November')).not.toBeNull();
  });
});
