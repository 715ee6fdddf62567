/*
 * Pure position rules: levels, reporting lines, the shape of a position catalogue and what
 * installing one still has to create. No I/O, no frameworks.
 */

export const POSITION_LEVELS = ['STAFF', 'SUPERVISOR', 'MANAGER'] as const;
export type PositionLevel = (typeof POSITION_LEVELS)[number];

/** A department as a catalogue lists it. */
export interface DepartmentSeed {
  code: string;
  name: string;
  nameZh: string;
  description: string;
}

/** A position as a catalogue lists it (岗位职责 / 任职要求). */
export interface PositionSeed {
  /** Stable kebab-case identifier, e.g. 'customer-service-manager'. */
  code: string;
  /** One of the catalogue's department codes. */
  departmentCode: string;
  /** English title. */
  title: string;
  /** Chinese title. */
  titleZh: string;
  /** Written in lower case in catalogues ('manager'). */
  level: Lowercase<PositionLevel>;
  /** Code of the position this one reports to. */
  reportsTo?: string;
  /** 岗位职责 — concise English. */
  responsibilities: string[];
  /** 任职要求 — concise English. */
  requirements: string[];
  /** Platform roles granted to holders of this position (the kernel's ROLES). */
  defaultRoles: string[];
}

export interface Catalogue {
  departments: readonly DepartmentSeed[];
  positions: readonly PositionSeed[];
}

const RANK: Record<PositionLevel, number> = { STAFF: 0, SUPERVISOR: 1, MANAGER: 2 };

/** The catalogue writes levels in lower case ('manager'); the platform stores them upper case. */
export function levelOf(seed: PositionSeed['level']): PositionLevel {
  return seed.toUpperCase() as PositionLevel;
}

/**
 * Why a position at `level` may not report to `manager`, or null when the line is fine.
 * A position reports to one at its own level or above (a supervisor never reports to staff).
 */
export function reportingProblem(level: PositionLevel, manager: { code: string; level: PositionLevel }): string | null {
  if (RANK[manager.level] < RANK[level]) {
    return `a ${level} position cannot report to ${manager.code}, which is only ${manager.level}`;
  }
  return null;
}

/**
 * Positions ordered so that each comes after the one it reports to (when that one is in the list too),
 * so rows can be inserted in one pass with the reporting line enforced by a foreign key.
 * Throws when the reporting lines form a cycle: that is a broken catalogue, not a user error.
 */
export function reportingOrder<P extends { code: string; reportsTo?: string }>(positions: readonly P[]): P[] {
  const byCode = new Map(positions.map((p) => [p.code, p]));
  const ordered: P[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (p: P, path: string[]) => {
    if (state.get(p.code) === 'done') return;
    if (state.get(p.code) === 'visiting') throw new Error(`reporting lines form a cycle: ${[...path, p.code].join(' → ')}`);
    state.set(p.code, 'visiting');
    const manager = p.reportsTo ? byCode.get(p.reportsTo) : undefined;
    if (manager) visit(manager, [...path, p.code]);
    state.set(p.code, 'done');
    ordered.push(p);
  };
  for (const p of positions) visit(p, []);
  return ordered;
}

/** Everything wrong with a catalogue (empty when it can be installed). */
export function catalogueProblems(departments: readonly DepartmentSeed[], positions: readonly PositionSeed[]): string[] {
  const problems: string[] = [];
  const duplicates = (codes: string[]) => codes.filter((c, i) => codes.indexOf(c) !== i);
  for (const c of duplicates(departments.map((d) => d.code))) problems.push(`department ${c} is listed twice`);
  for (const c of duplicates(positions.map((p) => p.code))) problems.push(`position ${c} is listed twice`);
  const departmentCodes = new Set(departments.map((d) => d.code));
  const byCode = new Map(positions.map((p) => [p.code, p]));
  for (const p of positions) {
    if (!departmentCodes.has(p.departmentCode)) problems.push(`position ${p.code} belongs to unknown department ${p.departmentCode}`);
    if (!p.reportsTo) continue;
    const manager = byCode.get(p.reportsTo);
    if (!manager) {
      problems.push(`position ${p.code} reports to unknown position ${p.reportsTo}`);
      continue;
    }
    const problem = reportingProblem(levelOf(p.level), { code: manager.code, level: levelOf(manager.level) });
    if (problem) problems.push(`position ${p.code}: ${problem}`);
  }
  try {
    reportingOrder(positions);
  } catch (err) {
    problems.push((err as Error).message);
  }
  return problems;
}

export interface CataloguePlan {
  departments: DepartmentSeed[];
  /** managers before the positions that report to them */
  positions: PositionSeed[];
}

/**
 * What installing the catalogue into a property still has to create, given the codes it already has.
 * Existing rows are kept as they are (a property may have edited them), which makes the install idempotent.
 */
export function planCatalogueInstall(
  catalogue: Catalogue,
  existing: { departmentCodes: ReadonlySet<string>; positionCodes: ReadonlySet<string> },
): CataloguePlan {
  return {
    departments: catalogue.departments.filter((d) => !existing.departmentCodes.has(d.code)),
    positions: reportingOrder(catalogue.positions.filter((p) => !existing.positionCodes.has(p.code))),
  };
}
