import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { monthProblem } from '../calendar/local-time.rules';
import { EmployeeEntity } from '../employee/employee.entity';
import { KpiFactEntity, PerformanceReviewEntity, SanctionEntity } from './performance.entity';
import { KPIS, KPI_CODES, kpiValue, netPoints, type KpiCode, type SanctionKind } from './performance.rules';

/**
 * Monthly KPIs from other domains' events (care's QA reviews, F&B's day-end close per server and
 * cashier, inventory's approved counts), manager reviews and rewards and penalties (奖惩).
 */
export class PerformanceService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
  ) {}

  /** Adds to a person's KPI sums for a month (in the inbox's transaction); unknown people are skipped. */
  async add(
    em: EntityManager,
    propertyId: string,
    employeeId: string,
    month: string,
    kpi: KpiCode,
    numerator: number,
    denominator: number,
  ) {
    if (!(await em.existsBy(EmployeeEntity, { id: employeeId, propertyId }))) return;
    const row =
      (await em.findOne(KpiFactEntity, { where: { employeeId, month, kpi }, ...this.deps.db.forUpdate })) ??
      em.create(KpiFactEntity, { id: randomUUID(), propertyId, employeeId, month, kpi, numerator: 0, denominator: 0 });
    row.numerator = Number(row.numerator) + numerator;
    row.denominator += denominator;
    row.updatedAt = this.deps.clock.now();
    await em.save(row);
  }

  async review(input: { employeeId: string; month: string; rating: number; comments?: string }, caller: Caller) {
    this.assertMonth(input.month);
    return this.deps.db.transaction(async (em) => {
      await this.access.assertMayDecideFor(em, caller, input.employeeId);
      const { employee } = await this.access.employee(em, caller, input.employeeId);
      return em.save(
        em.create(PerformanceReviewEntity, {
          id: randomUUID(),
          propertyId: employee.propertyId,
          employeeId: employee.id,
          month: input.month,
          rating: input.rating,
          comments: input.comments?.trim() || null,
          reviewedBy: caller.employeeId ?? null,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  async sanction(input: { employeeId: string; date: string; kind: SanctionKind; points: number; reason: string }, caller: Caller) {
    return this.deps.db.transaction(async (em) => {
      await this.access.assertMayDecideFor(em, caller, input.employeeId);
      const { employee } = await this.access.employee(em, caller, input.employeeId);
      return em.save(
        em.create(SanctionEntity, {
          id: randomUUID(),
          propertyId: employee.propertyId,
          employeeId: employee.id,
          date: input.date,
          kind: input.kind,
          points: input.points,
          reason: input.reason.trim(),
          decidedBy: caller.employeeId ?? null,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  /** A person's month: KPIs, reviews, rewards and penalties (self, supervisor, department leaders, HR). */
  async month(employeeId: string, month: string, caller: Caller) {
    this.assertMonth(month);
    const em = this.deps.db.manager;
    await this.access.assertMaySee(em, caller, employeeId);
    const facts = await em.findBy(KpiFactEntity, { employeeId, month });
    const kpis = KPI_CODES.flatMap((code) => {
      const f = facts.find((x) => x.kpi === code);
      return f
        ? [
            {
              code,
              label: KPIS[code].label,
              unit: KPIS[code].unit,
              value: kpiValue(code, Number(f.numerator), f.denominator),
              samples: f.denominator,
            },
          ]
        : [];
    });
    const reviews = await em.find(PerformanceReviewEntity, { where: { employeeId, month }, order: { createdAt: 'ASC' } });
    const sanctions = (await em.find(SanctionEntity, { where: { employeeId }, order: { date: 'ASC' } })).filter((s) =>
      s.date.startsWith(month),
    );
    return { employeeId, month, kpis, reviews, sanctions, netPoints: netPoints(sanctions) };
  }

  private assertMonth(month: string) {
    const problem = monthProblem(month);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'month' });
  }
}
