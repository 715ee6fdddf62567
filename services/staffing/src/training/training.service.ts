import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import type { StaffingPolicyService } from '../policy/staffing-policy.service';
import { DepartmentEntity } from '../department/department.entity';
import { SkillEntity } from '../skill/skill.entity';
import { TrainingPlanEntity, TrainingRecordEntity, TrainingSessionEntity } from './training.entity';
import { certificateExpiry, resultProblem, type SessionKind } from './training.rules';

/** Training plans, sessions, attendance and results; a pass records the certificate as a skill. */
export class TrainingService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
    private readonly policies: StaffingPolicyService,
  ) {}

  createPlan(input: { propertyId: string; departmentId?: string; title: string; period: string; topics: string[] }, caller: Caller) {
    return this.deps.db.transaction(async (em) => {
      await this.assertMayPlan(em, caller, input.propertyId, input.departmentId);
      return em.save(
        em.create(TrainingPlanEntity, {
          id: randomUUID(),
          propertyId: input.propertyId,
          departmentId: input.departmentId ?? null,
          title: input.title.trim(),
          period: input.period,
          topics: input.topics.map((t) => t.trim()),
          createdBy: caller.employeeId ?? null,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  scheduleSession(
    input: {
      propertyId: string;
      planId?: string;
      departmentId?: string;
      title: string;
      kind: SessionKind;
      date?: string;
      trainer?: string;
      grantsSkill?: string;
      skillName?: string;
      validMonths?: number;
    },
    caller: Caller,
  ) {
    return this.deps.db.transaction(async (em) => {
      await this.assertMayPlan(em, caller, input.propertyId, input.departmentId);
      if (input.planId && !(await em.existsBy(TrainingPlanEntity, { id: input.planId, propertyId: input.propertyId }))) {
        throw notFound('TRAINING.NOT_FOUND', 'Training plan', input.planId);
      }
      return em.save(
        em.create(TrainingSessionEntity, {
          id: randomUUID(),
          propertyId: input.propertyId,
          planId: input.planId ?? null,
          departmentId: input.departmentId ?? null,
          title: input.title.trim(),
          kind: input.kind,
          date: input.date ?? null,
          trainer: input.trainer?.trim() || null,
          grantsSkill: input.grantsSkill ?? null,
          skillName: input.skillName?.trim() || input.grantsSkill || null,
          validMonths: input.validMonths ?? null,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  /** Assigns people to a session (again = no change). */
  assign(sessionId: string, employeeIds: string[], caller: Caller): Promise<TrainingRecordEntity[]> {
    return this.deps.db.transaction(async (em) => {
      const session = await this.session(em, sessionId, caller);
      await this.assertMayPlan(em, caller, session.propertyId, session.departmentId ?? undefined);
      for (const id of new Set(employeeIds)) {
        const { employee } = await this.access.employee(em, caller, id);
        if (employee.propertyId !== session.propertyId) throw notFound('EMPLOYEE.NOT_FOUND', 'Employee', id);
        await this.assignWithin(em, session, id);
      }
      return em.find(TrainingRecordEntity, { where: { sessionId } });
    });
  }

  /** A new hire gets the onboarding sessions of their department and of the whole property. */
  async assignOnboarding(em: EntityManager, employeeId: string, propertyId: string, departmentId: string): Promise<number> {
    const sessions = await em.find(TrainingSessionEntity, {
      where: [
        { propertyId, kind: 'ONBOARDING', departmentId },
        { propertyId, kind: 'ONBOARDING', departmentId: IsNull() },
      ],
    });
    for (const s of sessions) await this.assignWithin(em, s, employeeId);
    return sessions.length;
  }

  /** Attendance and result; a pass of a certifying session records the skill with its expiry. */
  recordResult(
    input: { sessionId: string; employeeId: string; attended: boolean; score?: number; passed?: boolean; certificateNumber?: string },
    caller: Caller,
  ): Promise<TrainingRecordEntity> {
    const problem = resultProblem(input);
    if (problem) throw new DomainError('TRAINING.INVALID', problem, { field: 'passed' });
    return this.deps.db.transaction(async (em) => {
      const session = await this.session(em, input.sessionId, caller);
      await this.assertMayPlan(em, caller, session.propertyId, session.departmentId ?? undefined);
      const record =
        (await em.findOne(TrainingRecordEntity, {
          where: { sessionId: session.id, employeeId: input.employeeId },
          ...this.deps.db.forUpdate,
        })) ?? (await this.assignWithin(em, session, (await this.access.employee(em, caller, input.employeeId)).employee.id));
      const passed = input.attended && !!input.passed;
      Object.assign(record, {
        status: input.attended ? 'ATTENDED' : 'ABSENT',
        score: input.score ?? null,
        passed,
        certificateNumber: input.certificateNumber ?? null,
        recordedBy: caller.employeeId ?? null,
        updatedAt: this.deps.clock.now(),
      });
      if (passed && session.grantsSkill) {
        const on = session.date ?? (await this.policies.today(session.propertyId, em));
        await em.save(
          em.create(SkillEntity, {
            id: randomUUID(),
            propertyId: session.propertyId,
            employeeId: record.employeeId,
            code: session.grantsSkill,
            name: session.skillName ?? session.grantsSkill,
            certificateNumber: input.certificateNumber ?? null,
            obtainedOn: on,
            expiresOn: certificateExpiry(on, session.validMonths),
            createdAt: this.deps.clock.now(),
          }),
        );
      }
      return em.save(record);
    });
  }

  async recordsOf(employeeId: string, caller: Caller) {
    const em = this.deps.db.manager;
    await this.access.assertMaySee(em, caller, employeeId);
    return em.find(TrainingRecordEntity, { where: { employeeId }, order: { updatedAt: 'DESC' }, take: 200 });
  }

  plans(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(TrainingPlanEntity, { where: { propertyId }, order: { period: 'DESC' }, take: 200 });
  }

  sessionsByIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(TrainingSessionEntity, { id: In([...ids]) });
  }

  sessionsOfPlan(planId: string) {
    return this.deps.db.manager.find(TrainingSessionEntity, { where: { planId }, order: { date: 'ASC' } });
  }

  private async assignWithin(em: EntityManager, session: TrainingSessionEntity, employeeId: string): Promise<TrainingRecordEntity> {
    const existing = await em.findOneBy(TrainingRecordEntity, { sessionId: session.id, employeeId });
    if (existing) return existing;
    return em.save(
      em.create(TrainingRecordEntity, {
        id: randomUUID(),
        propertyId: session.propertyId,
        sessionId: session.id,
        employeeId,
        status: 'ASSIGNED',
        score: null,
        passed: false,
        certificateNumber: null,
        recordedBy: null,
        updatedAt: this.deps.clock.now(),
      }),
    );
  }

  private async session(em: EntityManager, id: string, caller: Caller) {
    const s = await em.findOneBy(TrainingSessionEntity, { id });
    if (!s) throw notFound('TRAINING.NOT_FOUND', 'Training session', id);
    caller.assertProperty(s.propertyId);
    return s;
  }

  /** A department's leaders plan its training; property-wide training is HR's. */
  private async assertMayPlan(em: EntityManager, caller: Caller, propertyId: string, departmentId?: string) {
    caller.assertProperty(propertyId);
    if (departmentId) {
      const d = await em.findOneBy(DepartmentEntity, { id: departmentId, propertyId });
      if (!d) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', departmentId);
      await this.access.assertLeads(em, caller, departmentId, propertyId);
    } else if (!this.access.isHr(caller)) {
      throw new DomainError('EMPLOYEE.OUTSIDE_YOUR_TEAM', 'Property-wide training is planned by HR', { field: 'departmentId' });
    }
  }
}
