import { nights, occupancy, peakNight, requiredStock } from '../src/forecast/forecast.rules';

describe('par from the occupancy forecast', () => {
  const stays = [
    { roomTypeId: 'K', arrival: '2026-12-01', departure: '2026-12-04' }, // nights 1, 2, 3
    { roomTypeId: 'K', arrival: '2026-12-02', departure: '2026-12-03' }, // night 2
    { roomTypeId: 'T', arrival: '2026-11-28', departure: '2026-12-02' }, // night 1 (stay-over into the window)
    { roomTypeId: 'T', arrival: '2026-12-05', departure: '2026-12-07' }, // after the window
  ];

  it('counts each night a stay occupies, half-open [arrival, departure)', () => {
    expect(nights('2026-12-30', 3)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    const occ = occupancy(stays, '2026-12-01', 4);
    expect(occ.get('K')).toEqual([1, 2, 1, 0]);
    expect(occ.get('T')).toEqual([1, 0, 0, 0]);
  });

  it('needs use per occupied night × rooms, summed over the horizon (hand-worked)', () => {
    const occ = occupancy(stays, '2026-12-01', 4);
    // kings use 2 towels a night, twins 1.5: 2 × (1 + 2 + 1) + 1.5 × 1 = 9.5; busiest night: 2 × 2 = 4
    const pars = [
      { roomTypeId: 'K', perOccupiedNight: 2 },
      { roomTypeId: 'T', perOccupiedNight: 1.5 },
    ];
    expect(requiredStock(pars, occ)).toBe(9.5);
    expect(peakNight(pars, occ, 4)).toBe(4);
    expect(requiredStock([{ roomTypeId: 'X', perOccupiedNight: 3 }], occ)).toBe(0);
  });
});
