import { dailySeries, methodTotals, operatorTotals } from './report-data';

describe('report data', () => {
  it('reads byMethod as an object of totals and byOperator as rows, biggest first', () => {
    expect(methodTotals({ cash: '10.00', bank: '25.50', card: '0.00', mobile: '0.00', other: '0.00' }, (k) => k.toUpperCase())).toEqual([
      { name: 'BANK', total: 25.5 },
      { name: 'CASH', total: 10 },
      { name: 'CARD', total: 0 },
      { name: 'MOBILE', total: 0 },
      { name: 'OTHER', total: 0 },
    ]);
    expect(operatorTotals([{ ownerId: 3, ownerName: 'Reseller A', total: '5.00', count: 1 }])).toEqual([{ name: 'Reseller A', total: 5, count: 1 }]);
  });

  it('fills the days without payments with zero across the range', () => {
    const series = dailySeries([{ day: '2026-11-02', total: '100.00', count: 2 }], '2026-11-01', '2026-11-03');
    expect(series.map((d) => [d.day, d.total, d.count])).toEqual([
      ['2026-11-01', 0, 0],
      ['2026-11-02', 100, 2],
      ['2026-11-03', 0, 0],
    ]);
    expect(dailySeries([], null, null)).toEqual([]);
  });
});
