import { kpis, totals } from '../src/report/report.rules';

describe('hotel KPIs', () => {
  it('derives occupancy, ADR and RevPAR, and zero when nothing is available or sold', () => {
    expect(kpis({ roomsAvailable: 3, roomsSold: 2, roomRevenueMinor: 100000 })).toMatchObject({
      occupancyPercent: 66.67,
      adrMinor: 50000,
      revparMinor: 33333,
    });
    expect(kpis({ roomsAvailable: 0, roomsSold: 0, roomRevenueMinor: 0 })).toMatchObject({
      occupancyPercent: 0,
      adrMinor: 0,
      revparMinor: 0,
    });
  });
  it('recomputes the ratios of a period from its sums instead of averaging the days', () => {
    const days = [
      { roomsAvailable: 4, roomsSold: 2, roomRevenueMinor: 130000 },
      { roomsAvailable: 3, roomsSold: 2, roomRevenueMinor: 100000 },
      { roomsAvailable: 4, roomsSold: 1, roomRevenueMinor: 50000 },
    ];
    expect(totals(days)).toEqual({
      roomsAvailable: 11,
      roomsSold: 5,
      roomRevenueMinor: 280000,
      occupancyPercent: 45.45,
      adrMinor: 56000,
      revparMinor: 25455,
    });
  });
});
