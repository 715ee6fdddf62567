import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { monthProblem } from '../calendar/local-time.rules';
import { DepartmentEntity } from '../department/department.entity';
import { EmployeeEntity } from '../employee/employee.entity';
import { PositionEntity } from '../position/position.entity';
import { kpisOfPosition, readKpis } from './kpi-set.rules';
import { KpiFactEntity, PerformanceReviewEntity, SanctionEntity } from './performance.entity';
import { netPoints, type KpiCode, type SanctionKind } from './performance.rules';

const sums = (facts: readonly KpiFactEntity[]) =>
  facts.map((f) => ({ kpi: f.kpi, numerator: Number(f.numerator), denominator: f.denominator }));

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

  /** A person's month: their position's KPIs, reviews, rewards and penalties (self, supervisor, department leaders, HR). */
  async month(employeeId: string, month: string, caller: Caller) {
    this.assertMonth(month);
    const em = this.deps.db.manager;
    const { employee, departmentId } = await this.access.assertMaySee(em, caller, employeeId);
    const position = await em.findOneByOrFail(PositionEntity, { id: employee.positionId });
    const department = await em.findOneByOrFail(DepartmentEntity, { id: departmentId });
    const facts = await em.findBy(KpiFactEntity, { employeeId, month });
    const kpis = readKpis(kpisOfPosition(position.code, department.code), sums(facts));
    const reviews = await em.find(PerformanceReviewEntity, { where: { employeeId, month }, order: { createdAt: 'ASC' } });
    const sanctions = (await em.find(SanctionEntity, { where: { employeeId }, order: { date: 'ASC' } })).filter((s) =>
      s.date.startsWith(month),
    );
    return { employeeId, month, positionId: position.id, kpis, reviews, sanctions, netPoints: netPoints(sanctions) };
  }

  /**
   * A department's month for its managers and HR: per position its KPI set, the position's values
   * over all its people, and each person's. Positions without a KPI set are left out.
   */
  async departmentMonth(departmentId: string, month: string, caller: Caller) {
    this.assertMonth(month);
    const em = this.deps.db.manager;
    const department = await em.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', departmentId);
    await this.access.assertLeads(em, caller, departmentId, department.propertyId);
    const positions = (await em.find(PositionEntity, { where: { departmentId }, order: { code: 'ASC' } }))
      .map((p) => ({ p, set: kpisOfPosition(p.code, department.code) }))
      .filter((x) => x.set.length);
    if (!positions.length) return { departmentId, month, positions: [] };
    const people = await em.find(EmployeeEntity, {
      where: { positionId: In(positions.map((x) => x.p.id)), status: 'ACTIVE' },
      order: { employeeNumber: 'ASC' },
    });
    const facts = people.length ? await em.findBy(KpiFactEntity, { employeeId: In(people.map((e) => e.id)), month }) : [];
    return {
      departmentId,
      month,
      positions: positions.map(({ p, set }) => {
        const staff = people.filter((e) => e.positionId === p.id);
        const theirs = facts.filter((f) => staff.some((e) => e.id === f.employeeId));
        return {
          positionId: p.id,
          kpis: readKpis(set, sums(theirs)),
          people: staff.map((e) => ({ employeeId: e.id, kpis: readKpis(set, sums(theirs.filter((f) => f.employeeId === e.id))) })),
        };
      }),
    };
  }

  private assertMonth(month: string) {
    const problem = monthProblem(month);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'month' });
  }
}
