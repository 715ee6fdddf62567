import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { StaffingPolicyEntity } from './staffing-policy.entity';
import { localDate } from '@hotelops/kernel/rules';
import { DEFAULT_POLICY, timeZoneProblem, type StaffingPolicy } from './staffing-policy.rules';

export class StaffingPolicyService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The property's policy, or the defaults until HR sets one. */
  /** Today in the property's time zone (its policy's): the date a certificate expires or a course is held. */
  async today(propertyId: string, em: EntityManager = this.deps.db.manager): Promise<string> {
    return localDate(this.deps.clock.now(), (await this.of(em, propertyId)).timeZone);
  }

  async of(em: EntityManager, propertyId: string): Promise<StaffingPolicy> {
    const row = await em.findOneBy(StaffingPolicyEntity, { propertyId });
    if (!row) return DEFAULT_POLICY;
    const {
      timeZone,
      minRestMinutes,
      maxWeeklyMinutes,
      lateGraceMinutes,
      earlyLeaveGraceMinutes,
      overtimeThresholdMinutes,
      clockInWindowMinutes,
    } = row;
    return {
      timeZone,
      minRestMinutes,
      maxWeeklyMinutes,
      lateGraceMinutes,
      earlyLeaveGraceMinutes,
      overtimeThresholdMinutes,
      clockInWindowMinutes,
    };
  }

  get(propertyId: string, caller: Caller): Promise<StaffingPolicy> {
    caller.assertProperty(propertyId);
    return this.of(this.deps.db.manager, propertyId);
  }

  /** Sets the fields given; the others keep their value. */
  async set(propertyId: string, changes: Partial<StaffingPolicy>, caller: Caller): Promise<StaffingPolicy> {
    caller.assertProperty(propertyId);
    if (changes.timeZone) {
      const problem = timeZoneProblem(changes.timeZone);
      if (problem) throw new DomainError('POLICY.INVALID', problem, { field: 'timeZone' });
    }
    return this.deps.db.transaction(async (em) => {
      const current = await this.of(em, propertyId);
      const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v != null)) } as StaffingPolicy;
      const row =
        (await em.findOne(StaffingPolicyEntity, { where: { propertyId }, ...this.deps.db.forUpdate })) ??
        em.create(StaffingPolicyEntity, { id: randomUUID(), propertyId });
      Object.assign(row, next, { updatedAt: this.deps.clock.now() });
      await em.save(row);
      return next;
    });
  }
}
