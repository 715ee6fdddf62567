import { earlyDepartureDate, repriceEarlyDeparture } from '../src/stay/early-departure.rules';

const nights = [
  { stayDate: '2030-04-01', priceMinor: 40000 },
  { stayDate: '2030-04-02', priceMinor: 45000 },
  { stayDate: '2030-04-03', priceMinor: 40000 },
  { stayDate: '2030-04-04', priceMinor: 30000 },
];

describe('early departure', () => {
  it('ends the stay on the day the guest leaves, one night at least, and is not early on the booked departure', () => {
    expect(earlyDepartureDate('2030-04-01', '2030-04-05', '2030-04-03')).toBe('2030-04-03');
    expect(earlyDepartureDate('2030-04-01', '2030-04-05', '2030-04-01')).toBe('2030-04-02');
    expect(earlyDepartureDate('2030-04-01', '2030-04-02', '2030-04-01')).toBeNull();
    expect(earlyDepartureDate('2030-04-01', '2030-04-05', '2030-04-05')).toBeNull();
    expect(earlyDepartureDate('2030-04-01', '2030-04-05', '2030-04-07')).toBeNull();
  });

  it('keeps the booked prices of the nights stayed and allows back the rest', () => {
    const e = repriceEarlyDeparture(nights, '2030-04-03', null);
    expect(e).toMatchObject({ departure: '2030-04-03', totalMinor: 85000, allowanceMinor: 70000, feeMinor: 0 });
    expect(e.kept.map((n) => n.stayDate)).toEqual(['2030-04-01', '2030-04-02']);
    expect(e.released.map((n) => n.stayDate)).toEqual(['2030-04-03', '2030-04-04']);
  });

  it('charges the plan’s fee on the nights given up', () => {
    expect(repriceEarlyDeparture(nights, '2030-04-03', { kind: 'NIGHTS', value: 1 }).feeMinor).toBe(40000);
    expect(repriceEarlyDeparture(nights, '2030-04-03', { kind: 'PERCENT', value: 50 }).feeMinor).toBe(35000);
    expect(repriceEarlyDeparture(nights, '2030-04-03', { kind: 'FLAT', value: 100000 }).feeMinor).toBe(70000);
    expect(repriceEarlyDeparture(nights, '2030-04-03', { kind: 'NONE', value: 0 }).feeMinor).toBe(0);
  });
});
