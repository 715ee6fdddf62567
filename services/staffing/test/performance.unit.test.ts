import { kpiValue, netPoints } from '../src/performance/performance.rules';
import { kpisOfPosition, readKpis } from '../src/performance/kpi-set.rules';
import { REQUISITION_MACHINE, fillAction } from '../src/recruiting/requisition.rules';
import { countDays, coversForecast, requiredMinutes, shortfall } from '../src/demand/demand.rules';
import { certificateExpiry, resultProblem } from '../src/training/training.rules';

describe('KPI formulas', () => {
  it('averages QA scores, rates voids and count accuracy per 100, sums covers and over/short', () => {
    expect(kpiValue('qa-score', 90 + 75 + 88, 3)).toBe(84.3);
    expect(kpiValue('void-rate', 3, 120)).toBe(2.5);
    expect(kpiValue('count-accuracy', 197, 200)).toBe(98.5);
    expect(kpiValue('covers', 412, 20)).toBe(412);
    expect(kpiValue('over-short', 1550, 4)).toBe(1550);
    expect(kpiValue('qa-score', 0, 0)).toBeNull();
  });

  it('nets rewards against penalties', () => {
    expect(
      netPoints([
        { kind: 'REWARD', points: 10 },
        { kind: 'PENALTY', points: 3 },
        { kind: 'REWARD', points: 2 },
      ]),
    ).toBe(9);
  });
});

describe('KPI sets per position', () => {
  it('judges each position by its own KPIs, falling back to the department’s, else none', () => {
    expect(kpisOfPosition('customer-service-representative', 'customer-service')).toEqual(['qa-score', 'sla-attainment']);
    expect(kpisOfPosition('restaurant-server', 'food-and-beverage')).toEqual(['covers', 'void-rate']);
    expect(kpisOfPosition('cashier', 'cashier')).toEqual(['over-short']);
    expect(kpisOfPosition('storekeeper', 'stores')).toEqual(['count-accuracy']);
    expect(kpisOfPosition('fnb-service-manager', 'food-and-beverage')).toEqual(['covers', 'void-rate']);
    expect(kpisOfPosition('room-attendant', 'housekeeping')).toEqual([]);
  });

  it('reads a position’s set from running sums: rates over all samples, totals summed, gaps null, others ignored', () => {
    const sums = [
      { kpi: 'qa-score', numerator: 90 + 75, denominator: 2 },
      { kpi: 'qa-score', numerator: 60, denominator: 1 },
      { kpi: 'covers', numerator: 400, denominator: 10 },
    ];
    expect(readKpis(['qa-score', 'sla-attainment'], sums)).toEqual([
      { code: 'qa-score', label: 'QA score (care)', unit: 'PERCENT', value: 75, samples: 3 },
      { code: 'sla-attainment', label: 'Resolved within SLA (care)', unit: 'PERCENT', value: null, samples: 0 },
    ]);
    expect(readKpis(['covers'], [...sums, { kpi: 'covers', numerator: 35, denominator: 1 }])[0]).toMatchObject({ value: 435, samples: 11 });
    expect(readKpis([], sums)).toEqual([]);
  });
});

describe('requisitions', () => {
  it('fill with the last seat of the headcount, only once approved', () => {
    expect(fillAction(0, 2)).toBe('fill');
    expect(fillAction(1, 2)).toBe('fillLast');
    expect(REQUISITION_MACHINE.transition('APPROVED', 'fillLast')).toEqual({ ok: true, from: 'APPROVED', to: 'FILLED' });
    expect(REQUISITION_MACHINE.transition('REQUESTED', 'fill').ok).toBe(false);
    expect(REQUISITION_MACHINE.transition('FILLED', 'cancel').ok).toBe(false);
  });
});

describe('labour-demand math', () => {
  it('counts arrivals, stay-overs and departures per day and turns them into minutes', () => {
    const days = countDays(
      [
        { arrival: '2030-01-10', departure: '2030-01-12' },
        { arrival: '2030-01-11', departure: '2030-01-12' },
      ],
      '2030-01-10',
      3,
    );
    expect(days).toEqual([
      { date: '2030-01-10', arrivals: 1, departures: 0, stayovers: 0 },
      { date: '2030-01-11', arrivals: 1, departures: 0, stayovers: 1 },
      { date: '2030-01-12', arrivals: 0, departures: 2, stayovers: 0 },
    ]);
    const hk = {
      departmentCode: 'housekeeping',
      perArrival: 0,
      perDeparture: 30,
      perStayover: 15,
      fixedDaily: 60,
      coversPer100Rooms: 0,
      perCover: 0,
    };
    expect(days.map((d) => requiredMinutes(d, hk))).toEqual([60, 75, 120]);
    expect(shortfall(120, 100)).toBe(20);
    expect(shortfall(120, 480)).toBe(0);
  });

  it('forecasts F&B covers from the rooms occupied the night before and turns them into service minutes', () => {
    const fnb = {
      departmentCode: 'food-and-beverage',
      perArrival: 0,
      perDeparture: 0,
      perStayover: 0,
      fixedDaily: 480,
      coversPer100Rooms: 140,
      perCover: 6,
    };
    const day = (arrivals: number, stayovers: number, departures: number) => ({ date: '2030-01-11', arrivals, stayovers, departures });
    // arrivals slept elsewhere: no breakfast yet
    expect(coversForecast(day(10, 0, 0), fnb)).toBe(0);
    expect(coversForecast(day(0, 30, 10), fnb)).toBe(56);
    expect(coversForecast(day(0, 1, 0), fnb)).toBe(1); // 1.4 rounds to 1
    expect(requiredMinutes(day(0, 30, 10), fnb)).toBe(56 * 6 + 480);
  });
});

describe('training results', () => {
  it('dates a certificate’s expiry by its validity, clamping to the month’s end', () => {
    expect(certificateExpiry('2030-02-20', 24)).toBe('2032-02-20');
    expect(certificateExpiry('2030-01-31', 1)).toBe('2030-02-28');
    expect(certificateExpiry('2030-01-31', null)).toBeNull();
  });

  it('refuses a pass or a score for an absentee', () => {
    expect(resultProblem({ attended: false, passed: true })).toMatch(/absentee/);
    expect(resultProblem({ attended: true, score: 80, passed: true })).toBeNull();
  });
});
