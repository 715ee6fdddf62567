/*
 * Which KPIs judge a position (绩效考核 by 岗位): a care agent on QA and SLA, a server on covers and
 * voids, a cashier on over/short, a storekeeper on count accuracy. A position not named takes its
 * department's set; a department without one is judged by reviews and rewards/penalties alone. Pure.
 */
import { KPIS, kpiValue, type KpiCode } from './performance.rules';

const CARE: KpiCode[] = ['qa-score', 'sla-attainment'];
const SERVICE: KpiCode[] = ['covers', 'void-rate'];
const CASH: KpiCode[] = ['over-short'];
const STORES: KpiCode[] = ['count-accuracy'];

/** Position code → its KPIs (the positions the job descriptions measure by these numbers). */
export const POSITION_KPIS: Readonly<Record<string, readonly KpiCode[]>> = {
  'customer-service-representative': CARE,
  'complaint-supervisor': CARE,
  'restaurant-server': SERVICE,
  cashier: CASH,
  storekeeper: STORES,
  'receiving-clerk': STORES,
};

/** Department code → the KPIs of its positions not named above. */
export const DEPARTMENT_KPIS: Readonly<Record<string, readonly KpiCode[]>> = {
  'customer-service': CARE,
  'food-and-beverage': SERVICE,
  cashier: CASH,
  stores: STORES,
};

export function kpisOfPosition(positionCode: string, departmentCode: string): readonly KpiCode[] {
  return POSITION_KPIS[positionCode] ?? DEPARTMENT_KPIS[departmentCode] ?? [];
}

export interface KpiSums {
  kpi: string;
  numerator: number;
  denominator: number;
}

export interface KpiReading {
  code: KpiCode;
  label: string;
  unit: string;
  /** null when nothing was reported for the month */
  value: number | null;
  samples: number;
}

/**
 * The position's KPIs from running sums: one person's, or a whole position's summed (a rate over
 * all their samples, covers and over/short as totals). Every KPI of the set appears, with a null
 * value when nothing was reported; sums of KPIs outside the set are ignored.
 */
export function readKpis(set: readonly KpiCode[], sums: readonly KpiSums[]): KpiReading[] {
  return set.map((code) => {
    const mine = sums.filter((s) => s.kpi === code);
    const numerator = mine.reduce((n, s) => n + s.numerator, 0);
    const samples = mine.reduce((n, s) => n + s.denominator, 0);
    return {
      code,
      label: KPIS[code].label,
      unit: KPIS[code].unit,
      value: mine.length ? kpiValue(code, numerator, samples) : null,
      samples,
    };
  });
}
