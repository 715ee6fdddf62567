/*
 * Monthly KPIs per person (绩效考核) from what other domains report, rewards and penalties (奖惩).
 * Each KPI is kept as a running numerator and denominator so events add up in any order. Pure.
 */

export const KPIS = {
  /** care: average QA score of the agent's reviewed cases, % */
  'qa-score': { unit: 'PERCENT', label: 'QA score (care)' },
  /** care: cases the agent resolved within their SLA, % */
  'sla-attainment': { unit: 'PERCENT', label: 'Resolved within SLA (care)' },
  /** F&B: covers served by the server */
  covers: { unit: 'COUNT', label: 'Covers served (F&B)' },
  /** F&B: voided checks per 100 checks of the server */
  'void-rate': { unit: 'PERCENT', label: 'Voids per 100 checks (F&B)' },
  /** F&B: the cashier's absolute over/short (长短款), minor units */
  'over-short': { unit: 'MINOR_UNITS', label: 'Absolute over/short (cashier)' },
  /** inventory: bins counted accurately, % */
  'count-accuracy': { unit: 'PERCENT', label: 'Count accuracy (stores)' },
} as const;
export type KpiCode = keyof typeof KPIS;
export const KPI_CODES = Object.keys(KPIS) as KpiCode[];

/** A KPI's value from its running sums: averages and rates to one decimal, sums as they are. */
export function kpiValue(kpi: KpiCode, numerator: number, denominator: number): number | null {
  if (kpi === 'covers' || kpi === 'over-short') return numerator;
  if (denominator === 0) return null;
  const v = kpi === 'qa-score' ? numerator / denominator : (numerator * 100) / denominator;
  return Math.round(v * 10) / 10;
}

export const SANCTION_KINDS = ['REWARD', 'PENALTY'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** Net points of a month's rewards (+) and penalties (−). */
export const netPoints = (rows: readonly { kind: SanctionKind; points: number }[]) =>
  rows.reduce((n, r) => n + (r.kind === 'REWARD' ? r.points : -r.points), 0);
