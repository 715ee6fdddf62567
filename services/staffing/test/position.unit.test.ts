import { DEPARTMENTS, POSITIONS } from '../src/catalogue/positions.catalogue';
import {
  catalogueProblems,
  levelOf,
  planCatalogueInstall,
  reportingOrder,
  reportingProblem,
  type PositionSeed,
} from '../src/position/position.rules';

const seed = (code: string, reportsTo?: string, level: PositionSeed['level'] = 'staff'): PositionSeed => ({
  code,
  departmentCode: 'front-office',
  title: code,
  titleZh: code,
  level,
  reportsTo,
  responsibilities: [],
  requirements: [],
  defaultRoles: [],
});

describe('position rules', () => {
  it('accepts the shipped catalogue as installable', () => {
    expect(catalogueProblems(DEPARTMENTS, POSITIONS)).toEqual([]);
  });

  it('maps catalogue levels to platform levels', () => {
    expect(levelOf('manager')).toBe('MANAGER');
    expect(levelOf('supervisor')).toBe('SUPERVISOR');
    expect(levelOf('staff')).toBe('STAFF');
  });

  it('lets a position report to its own level or above, never below', () => {
    expect(reportingProblem('STAFF', { code: 'fom', level: 'MANAGER' })).toBeNull();
    expect(reportingProblem('MANAGER', { code: 'gm', level: 'MANAGER' })).toBeNull();
    expect(reportingProblem('SUPERVISOR', { code: 'agent', level: 'STAFF' })).toBe(
      'a SUPERVISOR position cannot report to agent, which is only STAFF',
    );
  });

  it('orders managers before the positions reporting to them', () => {
    const ordered = reportingOrder([
      seed('agent', 'supervisor'),
      seed('supervisor', 'manager'),
      seed('manager'),
      seed('outside', 'not-in-list'),
    ]);
    const at = (code: string) => ordered.findIndex((p) => p.code === code);
    expect(ordered).toHaveLength(4);
    expect(at('manager')).toBeLessThan(at('supervisor'));
    expect(at('supervisor')).toBeLessThan(at('agent'));
  });

  it('refuses reporting lines that form a cycle', () => {
    expect(() => reportingOrder([seed('a', 'b'), seed('b', 'a')])).toThrow(/cycle: a → b → a/);
  });

  it('names every problem of a broken catalogue', () => {
    const problems = catalogueProblems(DEPARTMENTS, [
      seed('agent', 'ghost'),
      { ...seed('lost'), departmentCode: 'spa' },
      seed('boss', 'agent', 'manager'),
      seed('boss'),
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'position boss is listed twice',
        'position agent reports to unknown position ghost',
        'position lost belongs to unknown department spa',
        'position boss: a MANAGER position cannot report to agent, which is only STAFF',
      ]),
    );
  });

  it('plans only what a property lacks, so installing twice creates nothing the second time', () => {
    const full = planCatalogueInstall(
      { departments: DEPARTMENTS, positions: POSITIONS },
      { departmentCodes: new Set(), positionCodes: new Set() },
    );
    expect(full.departments).toHaveLength(DEPARTMENTS.length);
    expect(full.positions).toHaveLength(POSITIONS.length);
    const seen = new Set<string>();
    for (const p of full.positions) {
      if (p.reportsTo) expect(seen.has(p.reportsTo)).toBe(true);
      seen.add(p.code);
    }

    const again = planCatalogueInstall(
      { departments: DEPARTMENTS, positions: POSITIONS },
      { departmentCodes: new Set(DEPARTMENTS.map((d) => d.code)), positionCodes: new Set(POSITIONS.map((p) => p.code)) },
    );
    expect(again).toEqual({ departments: [], positions: [] });

    const partial = planCatalogueInstall(
      { departments: DEPARTMENTS, positions: POSITIONS },
      { departmentCodes: new Set(['front-office']), positionCodes: new Set(['front-desk-agent']) },
    );
    expect(partial.departments.map((d) => d.code)).not.toContain('front-office');
    expect(partial.departments).toHaveLength(DEPARTMENTS.length - 1);
    expect(partial.positions.map((p) => p.code)).not.toContain('front-desk-agent');
    expect(partial.positions).toHaveLength(POSITIONS.length - 1);
  });
});
